"""Marking an occasion: events held to mark a state's anniversary support that state."""

from __future__ import annotations

from newsgraph.extract import extract
from newsgraph.model import Article


def _support(nlp, body: str) -> list[tuple[list[str], list[str]]]:
    doc = extract(Article(id="test", body=body), nlp)
    names = {a.id: a.name for a in doc.actors}
    return [([names[r] for r in e.source], [names[r] for r in e.target]) for e in doc.events if e.plover == "SUPPORT"]


def test_events_held_abroad_mark_the_dateline_states_anniversary(nlp):
    body = ("Havana, January 6 (PL) -- The anniversary was widely observed. Meetings, film shows and "
            "photo exhibitions took place in Vietnam, Laos and Spain to mark the 66th anniversary of "
            "the triumph of the revolution.")
    assert _support(nlp, body) == [(["Vietnam", "Laos", "Spain"], ["Cuba"])]


def test_the_occasion_names_the_state_it_belongs_to(nlp):
    body = "Receptions were held in Moscow and Hanoi on Tuesday to celebrate the founding of the People's Republic of China."
    assert _support(nlp, body) == [(["Russia", "Vietnam"], ["China"])]


def test_an_occasion_of_no_other_state_honours_no_one(nlp):
    # at home, or with no state named and no dateline, the marking supports no party
    assert _support(nlp, "Thousands of Americans marked the anniversary of the September 11 attacks.") == []
    body = "Havana, January 2 (PL) -- Rallies were held in Santiago de Cuba to celebrate the anniversary of the revolution."
    assert _support(nlp, body) == []
