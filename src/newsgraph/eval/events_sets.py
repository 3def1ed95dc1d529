"""Scorers for the event-coding data sets: PLOVER GSR, PETRARCH2 unit records, WikiEvents, ConfliBERT.

Each scorer runs the real pipeline over the data set's sentences and, beside it, the lexicon-only
baseline (`baseline_event`: the sentence root's lemma looked up in events.tsv, no parse rules), so
every report says what the grammar adds over the word list.
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.eval.registry import PRF, Report, dataset
from newsgraph.extract.event_lexicon import LexEntry, lookup_verb
from newsgraph.extract.pipeline import ORDER, REGISTRY, Context, run_stages, texts_of
from newsgraph.model import Actor, Article, Document, Mention

# The GSR is coded in PLOVER 0.5b1; its SOURCE.md maps the four retired labels to current PLOVER.
GSR_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

# WikiEvents (KAIROS) types that have a PLOVER counterpart; "Broadcast" is a public statement.
KAIROS_TO_PLOVER = {
    "Contact.Contact.Meet": "CONSULT", "Contact.Contact.Correspondence": "CONSULT",
    "Contact.RequestCommand": "REQUEST", "Contact.ThreatenCoerce": "THREATEN",
    "Conflict.Attack": "ASSAULT", "Conflict.Demonstrate": "PROTEST", "Justice.ArrestJailDetain": "COERCE",
}
STATEMENT = "Contact.Contact.Broadcast"


def _nlp() -> Language:
    from newsgraph.nlp import load  # noqa: PLC0415 - loading spaCy only when a scorer runs

    return load()


@dataclass
class Coded:
    """One sentence through the pipeline and through the baseline."""

    document: Document
    baseline: LexEntry | None


def baseline_event(doc: Doc) -> LexEntry | None:
    """The lexicon-only coder: the first sentence root's lemma looked up as a verb."""
    root = next(iter(doc.sents)).root if len(doc) else None
    return lookup_verb(root.lemma_) if root is not None else None


def code_sentences(texts: Iterable[str], extra_actors: dict[str, str] | None = None) -> list[Coded]:
    """Run the pipeline over each text; `extra_actors` (name -> code) adds dictionary actors the
    NER cannot know (fictional states) before the events stage runs."""
    nlp = _nlp()
    before_events = ORDER[: ORDER.index("events")]
    out: list[Coded] = []
    for text in texts:
        # data-set sentences are already clean text: no page cleaning, which may reject a short line
        article = Article(id=hashlib.sha256(text.encode()).hexdigest(), body=text)
        fields = texts_of(article)
        docs = dict(zip(fields, nlp.pipe(fields.values())))
        document = run_stages(article, docs, before_events)
        ctx = Context(article=article, docs=docs, document=document)
        if extra_actors:
            _add_dictionary_actors(ctx, extra_actors)
        for name in ORDER[ORDER.index("events"):]:
            REGISTRY[name].fn(ctx)
        out.append(Coded(document, baseline_event(docs["body"])))
    return out


def _add_dictionary_actors(ctx: Context, names: dict[str, str]) -> None:
    body = ctx.article.body
    for pattern, code in names.items():
        for m in re.finditer(pattern, body, re.I):
            if ctx.actor_at(m.start(), m.end()) is None:
                ctx.document.actors.append(Actor(
                    id=f"d{len(ctx.document.actors) + 1}", name=m.group(0), kind="state", country=code,
                    mentions=[Mention(start=m.start(), end=m.end(), text=m.group(0))]))
                ctx.reindex()


def _countries(document: Document, refs: list[str]) -> set[str]:
    out = set()
    for ref in refs:
        actor = document.actor(ref)
        if actor and actor.country:
            out.add(actor.country)
        group = next((g for g in document.groups if g.id == ref), None)
        if group and group.country:
            out.add(group.country)
    return out


def _sectors(document: Document, refs: list[str]) -> set[str]:
    return {a.sector for r in refs if (a := document.actor(r)) and a.sector}


def _set_prf(gold: set[str], system: set[str]) -> PRF:
    return PRF(tp_sys=len(system & gold), n_sys=len(system), tp_gold=len(gold & system), n_gold=len(gold))


def _limit(items: list, limit: int | None) -> list:
    return items[:limit] if limit else items


# ---- PLOVER gold-standard records -----------------------------------------------------------

def _gsr_actors(record: dict, side: str) -> list[dict]:
    """A GSR record's actors on one side (a few records carry a bare string there: skipped)."""
    value = record.get(side)
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


@dataset("plover")
def score_plover(folder: Path, limit: int | None = None, **_: object) -> Report:
    """Event type recall/accuracy and source/target country and sector on the 322 GSR sentences."""
    records = [r for r in json.loads((folder / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
               if r.get("event") != "DOCUMENT"]
    records = _limit(records, limit)
    coded = code_sentences(r["text"] for r in records)
    metrics = {k: PRF() for k in ("type", "baseline_type", "source_country", "target_country", "source_sector")}
    first_right = 0
    for rec, c in zip(records, coded):
        gold = GSR_LABELS.get(rec["event"], rec["event"])
        events = c.document.events
        metrics["type"].add(_set_prf({gold}, {e.plover for e in events}))
        metrics["baseline_type"].add(_set_prf({gold}, {c.baseline.plover} if c.baseline else set()))
        first_right += bool(events) and events[0].plover == gold
        match = next((e for e in events if e.plover == gold), events[0] if events else None)
        for side, key in (("source", "source_country"), ("target", "target_country")):
            want = {a["code"] for a in _gsr_actors(rec, side) if a.get("code")}
            if want:
                got = _countries(c.document, getattr(match, side)) if match else set()
                metrics[key].add(_set_prf(want, got))
        want = {a["sector"] for a in _gsr_actors(rec, "source") if a.get("sector")}
        if want:
            metrics["source_sector"].add(_set_prf(want, _sectors(c.document, match.source) if match else set()))
    return Report("plover", len(records), metrics,
                  {"type_accuracy_first_event": round(first_right / len(records), 3) if records else 0.0})


# ---- PETRARCH2 unit-test records ------------------------------------------------------------

def petrarch_actors(path: Path) -> dict[str, str]:
    """PETR.Validate.actors.txt as regex -> three-letter code ("ARNOR_" = whole word, else prefix)."""
    out: dict[str, str] = {}
    code = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].strip()
        if not line or line.startswith("<"):
            continue
        m = re.match(r"^(\+?)([^\[]+?)\s*(?:\[([^\]]*)\])?$", line)
        if not m:
            continue
        plus, name, bracket = m.groups()
        if bracket:
            code = bracket.split()[0][:3].upper() if bracket.split() else None
        elif not plus:
            continue
        if not code or code == "---":
            continue
        whole = name.endswith("_")
        words = re.escape(name.strip("_").replace("_", " ").strip())
        out[rf"\b{words}\b" if whole else rf"\b{words}\w*"] = code
    return out


@dataset("petrarch2")
def score_petrarch2(folder: Path, limit: int | None = None, **_: object) -> Report:
    """CAMEO root-code agreement and source/target codes on the PETRARCH2 unit records."""
    root = ET.parse(folder / "PETR.UnitTest.records.xml").getroot()
    items = []
    for sent in root.iter("Sentence"):
        codes = [ec.attrib for ec in sent.findall("EventCoding") if re.fullmatch(r"\d{3,4}", ec.get("eventcode", ""))
                 and 1 <= int(ec.get("eventcode", "0")[:2]) <= 20]
        text = " ".join((sent.findtext("Text") or "").split())
        if text and (codes or any(ec.get("noevents") for ec in sent.findall("EventCoding"))):
            items.append((text, codes))
    items = _limit(items, limit)
    coded = code_sentences((t for t, _ in items), petrarch_actors(folder / "PETR.Validate.actors.txt"))
    metrics = {k: PRF() for k in ("cameo_root", "baseline_cameo_root", "source", "target")}
    for (_, codes), c in zip(items, coded):
        gold = {ec["eventcode"][:2] for ec in codes}
        events = c.document.events
        metrics["cameo_root"].add(_set_prf(gold, {e.cameo[:2] for e in events if e.cameo}))
        metrics["baseline_cameo_root"].add(_set_prf(gold, {c.baseline.cameo[:2]} if c.baseline else set()))
        for ec in codes:
            match = next((e for e in events if e.cameo and e.cameo[:2] == ec["eventcode"][:2]), None)
            for side in ("source", "target"):
                want = {ec.get(f"{side}code", "")[:3].upper()} - {""}
                if want:
                    metrics[side].add(_set_prf(want, _countries(c.document, getattr(match, side)) if match else set()))
    return Report("petrarch2", len(items), metrics)


# ---- WikiEvents ----------------------------------------------------------------------------

def _kairos(event_type: str) -> str | None:
    if event_type.startswith(STATEMENT):
        return STATEMENT
    return next((p for k, p in KAIROS_TO_PLOVER.items() if event_type.startswith(k)), None)


@dataset("wikievents")
def score_wikievents(folder: Path, limit: int | None = None, split: str = "test", **_: object) -> Report:
    """Per-sentence PLOVER types for WikiEvents' contact, request, threat, attack, protest and
    arrest events; statements ("Broadcast") count as found when a quote or event sits there."""
    sentences: list[tuple[str, set[str]]] = []
    for line in (folder / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        gold: dict[int, set[str]] = {}
        for ev in doc["event_mentions"]:
            label = _kairos(ev["event_type"])
            if label:
                gold.setdefault(ev["trigger"]["sent_idx"], set()).add(label)
        sentences += [(text, gold.get(i, set())) for i, (_, text) in enumerate(doc["sentences"])]
    sentences = _limit(sentences, limit)
    coded = code_sentences(t for t, _ in sentences)
    metrics = {k: PRF() for k in ("event_type", "baseline_event_type", "statement")}
    for (_, gold), c in zip(sentences, coded):
        typed = gold - {STATEMENT}
        metrics["event_type"].add(_set_prf(typed, {e.plover for e in c.document.events}))
        metrics["baseline_event_type"].add(_set_prf(typed, {c.baseline.plover} if c.baseline else set()))
        said = {STATEMENT} if c.document.quotes or c.document.events else set()
        if STATEMENT in gold:
            metrics["statement"].add(PRF(tp_gold=len(said), n_gold=1, tp_sys=len(said), n_sys=len(said)))
    return Report("wikievents", len(sentences), metrics, {"split": split})


# ---- ConfliBERT CAMEO PentaClass ------------------------------------------------------------

def penta_class(cameo: str | None) -> int:
    """CAMEO root -> PentaClass: 0 statement/appeal (01-02, or no event), 1 verbal cooperation
    (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)."""
    root = int(cameo[:2]) if cameo and cameo[:2].isdigit() else 0
    return next(i for i, top in enumerate((2, 5, 8, 13, 20)) if root <= top)


@dataset("conflibert-cameo")
def score_conflibert(folder: Path, limit: int | None = None, split: str = "test", **_: object) -> Report:
    """PentaClass accuracy of the first coded event per sentence (no event = class 0)."""
    rows = [line.rsplit("\t", 1) for line in (folder / f"cameo_class_{split}.tsv").read_text(encoding="utf-8").splitlines()
            if "\t" in line]
    rows = _limit(rows, limit)
    coded = code_sentences(text for text, _ in rows)
    metrics = {f"class_{k}": PRF() for k in range(5)}
    right = base_right = 0
    for (_, label), c in zip(rows, coded):
        gold = int(label)
        got = penta_class(c.document.events[0].cameo if c.document.events else None)
        base = penta_class(c.baseline.cameo if c.baseline else None)
        right += got == gold
        base_right += base == gold
        for k in range(5):
            metrics[f"class_{k}"].add(PRF(tp_sys=int(got == k == gold), n_sys=int(got == k),
                                          tp_gold=int(got == k == gold), n_gold=int(gold == k)))
    n = len(rows) or 1
    return Report("conflibert-cameo", len(rows), metrics,
                  {"accuracy": round(right / n, 3), "baseline_accuracy": round(base_right / n, 3), "split": split})
