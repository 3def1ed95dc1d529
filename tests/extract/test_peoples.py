"""Hyphenated compounds naming a people of one state, told apart from compounds of two states."""

from __future__ import annotations

import pytest

from newsgraph.extract.peoples import ethnic_compound


def _compound(nlp, text: str, word: str) -> tuple[str, str] | None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    found = ethnic_compound(tok)
    return (doc[found[0]:found[1]].text, found[2]) if found else None


@pytest.mark.parametrize("text, word, expected", [
    ("Many in the African-American community opposed the measure.", "American", ("African-American", "USA")),
    ("Arab-American voters in Michigan backed the challenger.", "Arab", ("Arab-American", "USA")),
    ("Mexican-American groups condemned the border plan.", "Mexican", ("Mexican-American", "USA")),
    ("Korean-Americans rallied outside City Hall.", "Americans", ("Korean-Americans", "USA")),
    ("She became the first Cuban-American lawmaker in the state.", "American", ("Cuban-American", "USA")),
    ("African-American turnout fell sharply in the city.", "African", ("African-American", "USA")),
])
def test_a_compound_before_people_or_standing_alone_names_one_people(nlp, text, word, expected):
    assert _compound(nlp, text, word) == expected


@pytest.mark.parametrize("text, word", [
    ("Russian-American talks resumed in Geneva on Monday.", "American"),
    ("The Arab-Israeli conflict dominated the summit.", "Israeli"),
    ("The US-ROK drills angered Pyongyang.", "ROK"),
    ("Israeli-Palestinian peace efforts stalled again.", "Palestinian"),
    ("Anti-American protests spread across the capital.", "American"),
])
def test_compounds_of_two_parties_or_a_prefix_are_no_people(nlp, text, word):
    assert _compound(nlp, text, word) is None
