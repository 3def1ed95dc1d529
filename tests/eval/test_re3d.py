"""re3d: gold read from mongoexport lines; people and affiliations scored by overlap."""

from __future__ import annotations

import json

from newsgraph.eval.re3d import Gold, read_source, score_document
from newsgraph.model import Evidence, Position

TEXT = ("Commodore Helen Marsh, commander of the Gulf Maritime Task Force, met Colonel Idris Haddad "
        "in Manama on Monday. She said the patrols would continue. Haddad thanked the task force.")


def _write(folder, rows: dict[str, list[dict]]) -> None:
    folder.mkdir()
    for name, items in rows.items():
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in items), encoding="utf-8-sig")


def _entity(span, words, kind, confidence=1.0, nth=0):
    start, end = span(TEXT, words, nth)
    return {"documentId": "D1", "begin": start, "end": end, "type": kind, "value": words, "confidence": confidence}


def _relation(span, source, target, kind, confidence=1.0):
    (sb, se), (tb, te) = span(TEXT, source), span(TEXT, target)
    return {"documentId": "D1", "sourceBegin": sb, "sourceEnd": se, "source": source, "targetBegin": tb,
            "targetEnd": te, "target": target, "type": kind, "confidence": confidence}


def test_read_source_keeps_named_people_and_person_affiliations(tmp_path, span) -> None:
    _write(tmp_path / "Navy", {
        "documents.json": [{"_id": "D1", "text": TEXT, "title": "Patrols"}],
        "entities.json": [
            _entity(span, "Commodore Helen Marsh", "Person"),
            _entity(span, "the Gulf Maritime Task Force", "Organisation"),
            _entity(span, "Colonel Idris Haddad", "Person"),
            _entity(span, "Manama", "Location"),
            _entity(span, "Manama", "Person", confidence=0.0),     # rejected alternative label
            _entity(span, "She", "Person"),                        # a pronoun names nobody
            _entity(span, "Haddad", "Person", nth=1),
            _entity(span, "the task force", "Organisation"),
        ],
        "relations.json": [
            _relation(span, "Commodore Helen Marsh", "the Gulf Maritime Task Force", "InChargeOf"),
            _relation(span, "Colonel Idris Haddad", "Manama", "CoLocated"),
            _relation(span, "the task force", "Haddad", "BelongsTo", confidence=0.0),
        ],
    })
    (gold,) = read_source(tmp_path / "Navy")
    assert [TEXT[s:e] for s, e in gold.people] == ["Commodore Helen Marsh", "Colonel Idris Haddad", "Haddad"]
    assert [(TEXT[p[0]:p[1]], TEXT[b[0]:b[1]]) for p, b in gold.affiliations] == [
        ("Commodore Helen Marsh", "the Gulf Maritime Task Force")]


def test_score_document(span, document) -> None:
    gold = Gold("D1", TEXT, people=[span(TEXT, "Commodore Helen Marsh"), span(TEXT, "Colonel Idris Haddad")],
                affiliations=[(span(TEXT, "Commodore Helen Marsh"), span(TEXT, "the Gulf Maritime Task Force")),
                              (span(TEXT, "Colonel Idris Haddad"), span(TEXT, "the task force"))])
    doc = document(TEXT, {
        "a1": ("Helen Marsh", "person", ["Helen Marsh"]),
        "a2": ("Gulf Maritime Task Force", "military", ["Gulf Maritime Task Force"]),
        "a3": ("Idris Haddad", "person", ["Idris Haddad", "Haddad#1"]),
        "a4": ("Manama", "person", ["Manama"]),                     # a place taken for a person
    }, positions=[
        Position(holder="a1", title="commander", organization="a2",
                 evidence=Evidence(start=span(TEXT, "Commodore")[0], end=span(TEXT, "Force")[1])),
        Position(holder="a3", title="Colonel", evidence=Evidence(start=span(TEXT, "Colonel")[0],
                                                                  end=span(TEXT, "Idris Haddad")[1])),
        Position(holder="a4", title="mayor", evidence=Evidence(start=0, end=5)),
    ])
    figures = score_document(gold, doc)
    # mentions: Helen Marsh, Idris Haddad, Haddad (second, not a gold span here), Manama
    assert figures["people"].as_dict() == {"p": 0.5, "r": 1.0, "f1": 0.667, "sys": 4, "gold": 2}
    # Manama's position is not judged: no gold affiliation for it
    assert figures["affiliations"].as_dict() == {"p": 0.5, "r": 0.5, "f1": 0.5, "sys": 2, "gold": 2}
