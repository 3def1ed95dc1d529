"""Joint acts: parties the text says acted together cooperate, whatever the act."""

from __future__ import annotations

from newsgraph.extract import extract
from newsgraph.model import Article


def _sides(nlp, body: str) -> list[tuple[str, str, list[str], list[str], bool]]:
    doc = extract(Article(id="test", body=body), nlp)
    names = {a.id: a.name for a in doc.actors}
    return [(e.plover, e.verb, [names[r] for r in e.source], [names[r] for r in e.target], e.negated)
            for e in doc.events if e.cameo == "060"]


def test_coordinated_subjects_acting_jointly_cooperate(nlp):
    body = "On Monday Labour and the SNP jointly tabled an amendment to the housing bill."
    assert _sides(nlp, body) == [("COOPERATE", "table jointly", ["Labour"], ["SNP"], False)]


def test_coordinated_agents_of_a_passive_act_done_jointly_cooperate(nlp):
    body = "The youth vote scheme is managed jointly by the Arts Council and the Hansard Society."
    assert _sides(nlp, body) == [
        ("COOPERATE", "manage jointly", ["Arts Council"], ["Hansard Society"], False)]


def test_a_joint_effort_by_two_parties_is_their_cooperation(nlp):
    body = "The study was published by a unit that is a joint effort by the Adam Smith Institute and Civitas."
    assert _sides(nlp, body) == [("COOPERATE", "effort jointly", ["Adam Smith Institute"], ["Civitas"], False)]


def test_one_party_acting_together_with_unnamed_people_cooperates_with_no_one(nlp):
    body = "Kim Jong Un toured the museum together with veterans on Saturday."
    assert _sides(nlp, body) == []
