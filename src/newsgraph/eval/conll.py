"""CoNLL-2003 English NER: our actors' mentions as PER/ORG/LOC/MISC, beside bare spaCy.

Both systems read the same text (tokens joined by spaces, one sentence a line, one article per
document) and are scored with exact-span, typed precision/recall/F1, the CoNLL measure. The
baseline is the same spaCy model without newsgraph's additions, run in the same process.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from newsgraph.eval.baseline import bare_model
from newsgraph.eval.registry import PRF, Report, dataset
from newsgraph.eval.system import analyze_texts
from newsgraph.model import Document

TYPES = ("PER", "ORG", "LOC", "MISC")
# spaCy (OntoNotes) labels as CoNLL types; labels not listed (dates, numbers) are not entities there.
SPACY_TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
                  "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
                  "LAW": "MISC", "LANGUAGE": "MISC"}

Entity = tuple[int, int, str]  # character start, end, CoNLL type


@dataclass
class ConllDocument:
    """One CoNLL document as text, with its gold entities as character spans."""

    text: str = ""
    gold: set[Entity] = field(default_factory=set)
    sentences: int = 0


def read_conll(path: Path, limit: int | None = None) -> list[ConllDocument]:
    """Documents of a CoNLL file, up to `limit` sentences in all (the last document may be cut)."""
    articles: list[ConllDocument] = []
    for sentence in _sentences(path):
        if limit is not None and sum(a.sentences for a in articles) >= limit:
            break
        if sentence is None:
            articles.append(ConllDocument())
            continue
        if not articles:
            articles.append(ConllDocument())
        _append(articles[-1], sentence)
    return [a for a in articles if a.sentences]


def _sentences(path: Path) -> Iterator[list[tuple[str, str]] | None]:
    """Each sentence as (token, IOB2 tag) pairs; None where a new document starts."""
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            yield None
        elif parts:
            sentence.append((parts[0], parts[-1]))
        elif sentence:
            yield sentence
            sentence = []


def _append(article: ConllDocument, sentence: list[tuple[str, str]]) -> None:
    """Add a sentence as a new line of the article's text, with its gold entities."""
    if article.text:
        article.text += "\n"
    open_entity: tuple[int, str] | None = None
    end = len(article.text)
    for i, (token, tag) in enumerate(sentence):
        start = len(article.text) + (1 if i else 0)
        if open_entity and not tag.startswith("I-"):
            article.gold.add((open_entity[0], end, open_entity[1]))
            open_entity = None
        if tag.startswith("B-") or (tag.startswith("I-") and open_entity is None):
            open_entity = (start, tag[2:])
        article.text += (" " if i else "") + token
        end = len(article.text)
    if open_entity:
        article.gold.add((open_entity[0], end, open_entity[1]))
    article.sentences += 1


@functools.lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """State surface forms that are adjectives ("Russian"): CoNLL tags them MISC, not LOC."""
    with resources.files("newsgraph.extract.data").joinpath("states.tsv").open(encoding="utf-8") as f:
        return frozenset(row[0].lower() for row in csv.reader(f, delimiter="\t")
                         if len(row) >= 3 and not row[0].startswith("#") and row[2] == "demonym")


def conll_type(kind: str, text: str) -> str:
    """The CoNLL type of a mention of an actor of `kind`."""
    if kind == "person":
        return "PER"
    if kind == "state":
        return "MISC" if text.lower() in _demonyms() else "LOC"
    if kind == "region":
        return "LOC"
    return "ORG"


def system_entities(document: Document) -> set[Entity]:
    """Our actors' body mentions as typed CoNLL entities."""
    return {(m.start, m.end, conll_type(a.kind, m.text))
            for a in document.actors for m in a.mentions if m.field == "body"}


def score_entities(gold: set[Entity], system: set[Entity]) -> dict[str, PRF]:
    """Exact-span typed P/R/F1 per CoNLL type and over all types (key "all")."""
    out = {}
    for t in (*TYPES, "all"):
        g = {e for e in gold if t in ("all", e[2])}
        s = {e for e in system if t in ("all", e[2])}
        out[t] = PRF(tp_sys=len(s & g), n_sys=len(s), tp_gold=len(s & g), n_gold=len(g))
    return out


def baseline_entities(texts: list[str]) -> list[set[Entity]]:
    """Bare spaCy's entities (no newsgraph components) for each text."""
    return [{(e.start_char, e.end_char, SPACY_TO_CONLL[e.label_]) for e in doc.ents if e.label_ in SPACY_TO_CONLL}
            for doc in bare_model().pipe(texts)]


@dataset("conll2003")
def score_conll(folder: Path, limit: int | None = None, split: str = "test.txt",
                baseline: bool = True) -> Report:
    """NER figures on `split` (CoNLL-2003 test by default), first `limit` sentences."""
    articles = read_conll(folder / split, limit)
    documents = analyze_texts((f"{split}#{i}", a.text) for i, a in enumerate(articles))
    report = Report("conll2003", sum(a.sentences for a in articles))
    for article, document in zip(articles, documents):
        for t, prf in score_entities(article.gold, system_entities(document)).items():
            report.metrics.setdefault(t, PRF()).add(prf)
    if baseline:
        base: dict[str, PRF] = {}
        for article, ents in zip(articles, baseline_entities([a.text for a in articles])):
            for t, prf in score_entities(article.gold, ents).items():
                base.setdefault(t, PRF()).add(prf)
        report.extra["baseline_spacy"] = {t: prf.as_dict() for t, prf in base.items()}
    return report
