"""DWIE (Deutsche Welle news): who holds which post in which state, who belongs to what.

Gold relations from the DocRED-format release: head_of_state, head_of_gov and minister_of (a
person and a state), member_of (a person and a party or body) are compared with our positions;
citizen_of with our person actors' `country`. A relation's "-x" form (to an adjective: "German
Chancellor") is the same fact, so both forms fold into one (person, relation, state code).

`positions`: a position of ours states a gold relation when its holder has a mention overlapping
a mention of the gold person, and its country (or its organization's country) is the gold state,
or its organization has a mention overlapping a mention of the gold body. Precision counts our
positions held by gold people, judged against all of DWIE's person relations (head_of,
agent_of, spokesperson_of ... too), since DWIE annotates those posts as well.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.eval.registry import PRF, Report, dataset
from newsgraph.eval.system import Span, analyze_texts, mentions, overlaps
from newsgraph.extract.states import code_of
from newsgraph.model import Document, Position

POSITION_RELATIONS = ("head_of_state", "head_of_gov", "minister_of", "member_of")
CITIZENSHIP = "citizen_of"
NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "?", "!", "%", "'s", "'", "n't", "]", "\u2019s", "\u2019", "\u201d"}
NO_SPACE_AFTER = {"(", "[", "$", "\u201c"}


@dataclass(frozen=True)
class Entity:
    """A DWIE entity: its mentions as character spans, its name and, for states, its code."""

    spans: tuple[Span, ...]
    name: str
    type: str
    code: str | None


@dataclass
class Gold:
    """One DWIE article: text, entities and person relations (person index, relation, target index)."""

    title: str
    text: str
    entities: list[Entity] = field(default_factory=list)
    relations: set[tuple[int, str, int]] = field(default_factory=set)


def detokenize(sentences: list[list[str]]) -> tuple[str, list[list[Span]]]:
    """Readable text from tokens, and each token's character span in it. A straight double quote
    opens and closes in turn within a paragraph ("said: "No." He ..."), touching the words it
    encloses; a new paragraph starts with none open (a quote running on opens each paragraph)."""
    text, spans = "", []
    previous, quoting = "\n", False
    for sentence in sentences:
        offsets = []
        for token in sentence:
            closing = token == '"' and quoting
            opened = previous == '"' and quoting and not closing
            if token != "\n" and previous not in NO_SPACE_AFTER and previous != "\n" and not opened \
                    and token not in NO_SPACE_BEFORE and not closing:
                text += " "
            offsets.append((len(text), len(text) + len(token)))
            text += token
            quoting = False if token == "\n" else quoting != (token == '"')
            previous = token
        spans.append(offsets)
    return text, spans


def read_doc(raw: dict[str, Any]) -> Gold:
    """A DocRED-format DWIE document as text with character-span gold."""
    text, offsets = detokenize(raw["sents"])
    gold = Gold(raw["title"], text)
    for vertex in raw["vertexSet"]:
        spans = tuple((offsets[m["sent_id"]][m["pos"][0]][0], offsets[m["sent_id"]][m["pos"][1] - 1][1])
                      for m in vertex)
        code = next((c for c in (code_of(m["name"]) for m in vertex) if c), None)
        gold.entities.append(Entity(spans, vertex[0]["name"], vertex[0]["type"].removeprefix("type::"), code))
    for label in raw["labels"]:
        relation = label["r"].removesuffix("-x")
        if gold.entities[label["h"]].type == "person":
            gold.relations.add((label["h"], relation, label["t"]))
    return gold


def _facts(gold: Gold, relations: tuple[str, ...] | None) -> set[tuple[int, str, Any]]:
    """Gold person relations, one per (person, relation, state code or target) after folding -x."""
    return {(h, r, gold.entities[t].code or t) for h, r, t in gold.relations if relations is None or r in relations}


def score_document(gold: Gold, document: Document) -> tuple[dict[str, PRF], dict[str, PRF]]:
    """(positions and citizenship figures, recall per position relation) for one article."""
    spans: dict[str, list[Span]] = {}
    for actor_id, span in mentions(document):
        spans.setdefault(actor_id, []).append(span)
    actors = {a.id: a for a in document.actors}

    def mentions_entity(actor_id: str | None, index: int) -> bool:
        return any(overlaps(s, g) for s in spans.get(actor_id or "", []) for g in gold.entities[index].spans)

    def states(p: Position, fact: tuple[int, str, Any]) -> bool:
        h, _, target = fact
        if not mentions_entity(p.holder, h):
            return False
        org = actors.get(p.organization or "")
        if isinstance(target, str):
            return target in (p.country, org.country if org else None)
        return bool(org) and mentions_entity(org.id, target)

    every = _facts(gold, None)
    held = [p for p in document.positions if any(mentions_entity(p.holder, h) for h, _, _ in every)]
    figures, recall = {}, {}
    wanted = _facts(gold, POSITION_RELATIONS)
    figures["positions"] = PRF(tp_sys=sum(any(states(p, f) for f in every) for p in held), n_sys=len(held),
                               tp_gold=sum(any(states(p, f) for p in document.positions) for f in wanted),
                               n_gold=len(wanted))
    for relation in POSITION_RELATIONS:
        facts = {f for f in wanted if f[1] == relation}
        found = sum(any(states(p, f) for p in document.positions) for f in facts)
        recall[relation] = PRF(tp_sys=found, n_sys=found, tp_gold=found, n_gold=len(facts))
    citizens = {(h, code) for h, _, code in _facts(gold, (CITIZENSHIP,)) if isinstance(code, str)}
    coded = [a for a in document.actors if a.kind == "person" and a.country
             and any(mentions_entity(a.id, h) for h, _ in citizens)]
    figures["citizenship"] = PRF(
        tp_sys=sum((any(mentions_entity(a.id, h) and a.country == c for h, c in citizens)) for a in coded),
        n_sys=len(coded),
        tp_gold=sum(any(mentions_entity(a.id, h) and a.country == c for a in coded) for h, c in citizens),
        n_gold=len(citizens))
    return figures, recall


@dataset("dwie")
def score_dwie(folder: Path, limit: int | None = None, split: str = "test") -> Report:
    """Position and citizenship figures over the first `limit` articles of `split`."""
    raw = json.loads((folder / "docred-format" / f"{split}.json").read_text(encoding="utf-8"))[:limit]
    golds = [read_doc(d) for d in raw]
    documents = analyze_texts((g.title, g.text) for g in golds)
    report = Report("dwie", len(golds))
    recall: dict[str, PRF] = {}
    for gold, document in zip(golds, documents):
        figures, per_relation = score_document(gold, document)
        for name, prf in figures.items():
            report.metrics.setdefault(name, PRF()).add(prf)
        for name, prf in per_relation.items():
            recall.setdefault(name, PRF()).add(prf)
    report.extra["recall_by_relation"] = {k: {"r": round(v.r, 3), "gold": v.n_gold} for k, v in recall.items()}
    return report
