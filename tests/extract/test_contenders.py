"""Contenders: a debate named without its debaters is between the two people the article marks as running."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.model import Article


def _consults(nlp, body: str) -> list[tuple[str, str]]:
    doc = extract(Article(id="test", body=body), nlp)
    names = {a.id: a.name for a in doc.actors}
    return [(names[e.source[0]], names[e.target[0]]) for e in doc.events if e.plover == "CONSULT" and e.verb == "debate"]


@pytest.mark.parametrize("body, expected", [
    # two people with candidate or nominee posts
    ("Maria Delgado, the Democratic nominee for governor, gained four points in a poll released on Tuesday. "
     "Her rival Thomas Whitfield, the Republican candidate, held rallies in Dayton and Toledo. "
     "Delgado told supporters she was ready. Whitfield said he would win. "
     "The poll was conducted before Thursday night's debate in Columbus.",
     [("Maria Delgado", "Thomas Whitfield")]),
    # owners of campaigns count as running
    ("Senator Alan Brooks has kept up a busy schedule this week. "
     "Brooks's campaign raised $4 million in September, while the Rivera campaign raised $3 million. "
     "Brooks spoke in Reno on Monday, and Carla Rivera spoke in Las Vegas. "
     "Both will take part in the second debate on Friday.",
     [("Alan Brooks", "Carla Rivera")]),
    # a running mate and a lone candidate meet no one
    ("Paul Ortega, the vice presidential nominee, visited a factory in Erie on Monday. "
     "Janet Holloway, the party's candidate for president, spoke in Pittsburgh. "
     "Voters said Sunday night's debate had changed few minds.",
     []),
    # rivals in a poll lead are running
    ("Governor Ellen Marsh leads Senator Victor Kane by 6 points, 48 percent to 42 percent, in a "
     "Quinnipiac survey of likely voters. The poll was taken before Tuesday night's debate.",
     [("Ellen Marsh", "Victor Kane")]),
    # a debate in a sentence about other people is theirs, not the race's
    ("Maria Delgado, the Democratic nominee for governor, gained four points in a poll released on Tuesday. "
     "Her rival Thomas Whitfield, the Republican candidate, held rallies in Dayton and Toledo. "
     "Delgado told supporters she was ready. Whitfield said he would win. "
     "In 1960, a telegenic Senator Ruth Ames squeaked out a victory over the sitting governor, Carl Dunn, "
     "who refused a network's make-up artist before the first debate shown on television.",
     []),
    # a lead by no margin marks no one as running
    ("Governor Ellen Marsh leads Senator Victor Kane on the state's budget talks. "
     "Both spoke after Tuesday night's debate in the legislature.",
     []),
])
def test_a_debate_naming_no_one_is_between_the_two_running(nlp, body, expected):
    assert _consults(nlp, body) == expected
