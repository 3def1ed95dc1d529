"""re3d (Dstl defence and security texts): people and their affiliations.

`people`: gold Person spans that name someone (not pronouns or bare function words) against the
body mentions of our person actors, by overlap. Gold spans carry titles ("Foreign Secretary Philip
Hammond"), so a mention of the name alone overlaps them.
`affiliations`: gold BelongsTo/InChargeOf relations between a named Person and an Organisation or
Location ("Commodore Andrew Burns" -commander of- "the Amphibious Task Group") against our
positions: the holder's mention overlaps the person, and the organization's mention or the
position's evidence overlaps the organisation. re3d does not annotate every post, so precision
counts only our positions held by people that have a gold affiliation.
Rows with confidence below 0.5 are rejected alternatives (see SOURCE.md) and are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.eval.registry import PRF, Report, dataset
from newsgraph.eval.system import Span, analyze_texts, is_function_words, mentions, overlaps
from newsgraph.model import Document

AFFILIATION_TYPES = ("BelongsTo", "InChargeOf")
BODY_TYPES = ("Organisation", "Location")


@dataclass
class Gold:
    """One re3d document's text, named Person spans and person-organisation affiliations."""

    id: str
    text: str
    people: list[Span] = field(default_factory=list)
    affiliations: list[tuple[Span, Span]] = field(default_factory=list)


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.strip():
            yield json.loads(line)


def read_source(folder: Path) -> list[Gold]:
    """The documents of one re3d source folder with their gold."""
    docs = {d["_id"]: Gold(d["_id"], d["text"]) for d in _rows(folder / "documents.json")}
    types: dict[tuple[str, int, int], set[str]] = {}
    for e in _rows(folder / "entities.json"):
        if e["confidence"] >= 0.5 and e["documentId"] in docs:
            types.setdefault((e["documentId"], e["begin"], e["end"]), set()).add(e["type"])
            if e["type"] == "Person" and not is_function_words(e["value"]):
                docs[e["documentId"]].people.append((e["begin"], e["end"]))
    for r in _rows(folder / "relations.json"):
        if r["confidence"] < 0.5 or r["type"] not in AFFILIATION_TYPES or r["documentId"] not in docs:
            continue
        doc_id = r["documentId"]
        ends = [((r[f"{side}Begin"], r[f"{side}End"]), r[side]) for side in ("source", "target")]
        for (person, name), (body, body_text) in (ends, ends[::-1]):
            if ("Person" in types.get((doc_id, *person), ()) and not is_function_words(name)
                    and types.get((doc_id, *body), set()) & set(BODY_TYPES) and not is_function_words(body_text)):
                docs[doc_id].affiliations.append((person, body))
    return list(docs.values())


def score_document(gold: Gold, document: Document) -> dict[str, PRF]:
    """people and affiliations figures for one document."""
    people = [span for _, span in mentions(document, ("person",))]
    spans: dict[str, list[Span]] = {}
    for actor_id, span in mentions(document):
        spans.setdefault(actor_id, []).append(span)

    def holds(position_holder: str, person: Span) -> bool:
        return any(overlaps(person, s) for s in spans.get(position_holder, []))

    def states(position: Any, person: Span, body: Span) -> bool:
        at_body = any(overlaps(body, s) for s in spans.get(position.organization or "", []))
        in_evidence = position.evidence.field == "body" and overlaps(body, (position.evidence.start, position.evidence.end))
        return holds(position.holder, person) and (at_body or in_evidence)

    affiliated = [p for p, _ in gold.affiliations]
    positions = [p for p in document.positions if any(holds(p.holder, person) for person in affiliated)]
    return {
        "people": PRF(tp_sys=sum(any(overlaps(m, g) for g in gold.people) for m in people), n_sys=len(people),
                      tp_gold=sum(any(overlaps(m, g) for m in people) for g in gold.people), n_gold=len(gold.people)),
        "affiliations": PRF(
            tp_sys=sum(any(states(p, *a) for a in gold.affiliations) for p in positions), n_sys=len(positions),
            tp_gold=sum(any(states(p, *a) for p in document.positions) for a in gold.affiliations),
            n_gold=len(gold.affiliations)),
    }


@dataset("re3d")
def score_re3d(folder: Path, limit: int | None = None) -> Report:
    """People and affiliation figures over the first `limit` documents (sources in name order)."""
    golds = [g for source in sorted(p for p in folder.iterdir() if (p / "documents.json").is_file())
             for g in read_source(source)][:limit]
    documents = analyze_texts((g.id, g.text) for g in golds)
    report = Report("re3d", len(golds))
    for gold, document in zip(golds, documents):
        for name, prf in score_document(gold, document).items():
            report.metrics.setdefault(name, PRF()).add(prf)
    return report
