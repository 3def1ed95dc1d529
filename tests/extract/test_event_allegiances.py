"""A party described as another's supporter, ally or critic takes that stance toward it."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.model import Article


def _stances(nlp, body: str) -> list[tuple[str, str, list[str], list[str]]]:
    """Each event as (PLOVER type, CAMEO code, source names, target names)."""
    doc = extract(Article(id="test", body=body, captions=[]), nlp)
    names = {a.id: a.name for a in doc.actors} | {g.id: g.name for g in doc.groups}
    return [(e.plover, e.cameo, [names[r] for r in e.source], [names[r] for r in e.target]) for e in doc.events]


@pytest.mark.parametrize(("body", "expected"), [
    # the noun modifies the name of whom it describes
    ("Hillary Clinton backer Mark Ellis called the debate a turning point.",
     [("SUPPORT", "051", ["Mark Ellis"], ["Hillary Clinton"])]),
    # in apposition, with an "of" phrase
    ("Senator Jane Ruiz, a close ally of Governor Tom Hale, attended the meeting.",
     [("SUPPORT", "051", ["Jane Ruiz"], ["Tom Hale"])]),
    # the "of" object of a word in apposition, with a possessor
    ("Michelle Obama, one of Hillary Clinton's most effective surrogates, will speak in Phoenix on Monday.",
     [("SUPPORT", "051", ["Michelle Obama"], ["Hillary Clinton"])]),
    # a copula's subject; a critic criticises
    ("Mark Ellis is a vocal critic of Governor Tom Hale.", [("ACCUSE", "111", ["Mark Ellis"], ["Tom Hale"])]),
    # states too
    ("The United States, Saudi Arabia's most powerful ally, sold it jets.",
     [("SUPPORT", "051", ["United States"], ["Saudi Arabia"])]),
    # a stance given up is no stance now; a noun naming no one else is none
    ("Mark Ellis, a former supporter of Governor Tom Hale, spoke on Monday.", []),
    ("Mark Ellis, a longtime supporter, spoke on Monday.", []),
])
def test_a_described_allegiance_is_a_stance(nlp, body, expected):
    assert _stances(nlp, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the backer is named before the hyphen, the backed party is the phrase the participle describes
    ("Iranian-backed Somali rebels seized the port on Monday.",
     [("SUPPORT", "051", ["Iran"], ["Iranian-backed Somali rebels"])]),
    # a group the gazetteer knows is named as itself
    ("Iranian-backed Houthi rebels seized the port on Monday.", [("SUPPORT", "051", ["Iran"], ["Houthi rebels"])]),
    # a possessor of the phrase is not who is backed
    ("Talks stalled between the Georgian government and its Russian-backed rebel regions.", []),
])
def test_a_party_described_as_backed_is_supported_by_its_backer(nlp, body, expected):
    assert [e for e in _stances(nlp, body) if e[0] == "SUPPORT"] == expected
