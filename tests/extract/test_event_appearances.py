"""A person's speech, remarks or speaking in a federation's state is a visit to it (CONSULT)."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.model import Article


def _visits(nlp, body: str) -> list[tuple[str, list[str], list[str], bool]]:
    """Each CONSULT event as (mode, source names, target names, hypothetical)."""
    doc = extract(Article(id="test", body=body, captions=[]), nlp)
    names = {a.id: a.name for a in doc.actors} | {g.id: g.name for g in doc.groups}
    return [(e.mode, [names[r] for r in e.source], [names[r] for r in e.target], e.hypothetical)
            for e in doc.events if e.plover == "CONSULT"]


@pytest.mark.parametrize(("body", "expected"), [
    # a speech fronted before the clause: given by the clause's subject
    ("During a Tuesday speech in Florida, Hillary Clinton said the economy was rigged against workers.",
     [("visit", ["Hillary Clinton"], ["Florida"], False)]),
    # the object of the verb whose subject gave it
    ("Senator Tim Kaine delivered remarks in Iowa on Saturday.", [("visit", ["Tim Kaine"], ["Iowa"], False)]),
    # speaking there, to whoever the audience was
    ("Hillary Clinton spoke to supporters in Ohio on Tuesday.", [("visit", ["Hillary Clinton"], ["Ohio"], False)]),
    # a town named with its state stands for the state; one to come is hypothetical
    ("Donald Trump will speak at a rally in Selma, North Carolina, on Thursday.",
     [("visit", ["Donald Trump"], ["North Carolina"], True)]),
    # a country or a bare town is only where a speech is given, no party to it
    ("Hillary Clinton gave a speech in Paris on climate change.", []),
    # only people appear: a crowd speaking out is no visit
    ("Thousands of residents spoke out in Texas against the new law.", []),
])
def test_an_appearance_in_a_state_is_a_visit_to_it(nlp, body, expected):
    assert _visits(nlp, body) == expected


def test_a_region_that_is_no_federation_state_is_only_where_one_spoke(nlp):
    assert _visits(nlp, "Speaking in Scotland last week, Prime Minister Tony Blair said the plan was sound.") == []


def test_visits_to_different_states_stay_apart(nlp):
    body = ("In recent trips to New Hampshire and North Carolina, Hillary Clinton has taken aim at Republican "
            "senators. During a Tuesday speech in Florida, Clinton said the election was about democracy.")
    assert [(s, t) for _, s, t, _ in _visits(nlp, body)] == [
        (["Hillary Clinton"], ["New Hampshire", "North Carolina"]), (["Hillary Clinton"], ["Florida"])]
