"""Contenders: a debate named without its debaters is between the two people the article marks as running."""

from __future__ import annotations

from newsgraph.extract import extract
from newsgraph.model import Article


def _consults(nlp, body: str) -> list[tuple[str, str]]:
    doc = extract(Article(id="test", body=body), nlp)
    names = {a.id: a.name for a in doc.actors}
    return [(names[e.source[0]], names[e.target[0]]) for e in doc.events if e.plover == "CONSULT" and e.verb == "debate"]


def test_debate_naming_no_one_is_between_the_two_titled_candidates(nlp):
    body = ("Maria Delgado, the Democratic nominee for governor, gained four points in a poll released on Tuesday. "
            "Her rival Thomas Whitfield, the Republican candidate, held rallies in Dayton and Toledo. "
            "Delgado told supporters she was ready. Whitfield said he would win. "
            "The poll was conducted before Thursday night's debate in Columbus.")
    assert _consults(nlp, body) == [("Maria Delgado", "Thomas Whitfield")]


def test_campaign_owners_count_as_running(nlp):
    body = ("Senator Alan Brooks has kept up a busy schedule this week. "
            "Brooks's campaign raised $4 million in September, while the Rivera campaign raised $3 million. "
            "Brooks spoke in Reno on Monday, and Carla Rivera spoke in Las Vegas. "
            "Both will take part in the second debate on Friday.")
    assert _consults(nlp, body) == [("Alan Brooks", "Carla Rivera")]


def test_running_mates_and_lone_candidates_meet_no_one(nlp):
    body = ("Paul Ortega, the vice presidential nominee, visited a factory in Erie on Monday. "
            "Janet Holloway, the party's candidate for president, spoke in Pittsburgh. "
            "Voters said Sunday night's debate had changed few minds.")
    assert _consults(nlp, body) == []


def test_rivals_in_a_poll_lead_are_running(nlp):
    body = ("Governor Ellen Marsh leads Senator Victor Kane by 6 points, 48 percent to 42 percent, in a "
            "Quinnipiac survey of likely voters. The poll was taken before Tuesday night's debate.")
    assert _consults(nlp, body) == [("Ellen Marsh", "Victor Kane")]


def test_a_lead_by_no_margin_marks_no_one_as_running(nlp):
    body = ("Governor Ellen Marsh leads Senator Victor Kane on the state's budget talks. "
            "Both spoke after Tuesday night's debate in the legislature.")
    assert _consults(nlp, body) == []
