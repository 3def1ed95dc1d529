"""Consequences: a harm a speaker says another party's plan, policy, ruling or act will bring is
that speaker's ACCUSE of the party that owns it; relief, a negated or supposed harm, and a harm the
speaker only concedes accuse no one."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.consequences import harm_words, role
from newsgraph.model import Article


def _accusations(nlp, body: str) -> list[tuple[str, str]]:
    doc = extract(Article(id="t", body=body), nlp)
    names = {a.id: a.name for a in doc.actors} | {g.id: g.name for g in doc.groups}
    return [(names[e.source[0]], names[e.target[0]]) for e in doc.events if e.plover == "ACCUSE"]


def test_word_list_reads_phrases_by_their_head(nlp):
    words = harm_words()
    assert ((), "harm") in words[("hurt", "VERB")]
    assert (("black",), "loss") in words[("hole", "NOUN")]
    doc = nlp("The minister said there was a black hole in the budget and a hole in the road.")
    holes = [t for t in doc if t.lower_ == "hole"]
    assert [role(t) for t in holes] == ["loss", None]


@pytest.mark.parametrize("body, expected", [
    # a burden risen, under the party in charge
    ("Pensioners face higher taxes and more means-testing under Labour, the Conservatives said.",
     [("Conservatives", "Labour")]),
    # a good fallen, brought about by a party's plans
    ("Shadow health secretary Ed Carrow said the Tory plans would mean 20bn less investment in hospitals.",
     [("Ed Carrow", "Tory")]),
    # a verb of harm whose subject is a party's plan
    ("Economists said the Republican childcare plan could exclude single fathers.",
     [("Economists", "Republican")]),
    # a thing forcing someone's hand: its owner answers for it
    ("A federal appeals court ruled on Friday against the state's procedure for removing voters from the "
     "rolls. Secretary of State Karen Doyle said the court's decision \"will force us to put thousands of "
     "voters back on the rolls who have moved away.\"",
     [("Karen Doyle", "court")]),
    # a verb raising a burden, done by the subject of the verb it complements
    ("Labour plans to raise taxes on pensioners, the Conservatives said.", [("Conservatives", "Labour")]),
    # a burden drawn out by the parties the clause is about
    ("Shadow foreign secretary Tom Ancrum said ministers were prolonging uncertainty by putting the vote off.",
     [("Tom Ancrum", "ministers")]),
    # a thing taken from someone
    ("The Democrats said the Republican tax plan would cost taxpayers billions of dollars.",
     [("Democrats", "Republican")]),
    # the party whose coming to power is the harm's condition
    ("If Labour is elected, there will be a very substantial tax increase, the Conservatives said.",
     [("Conservatives", "Labour")]),
])
def test_a_harm_a_party_brings_is_the_speakers_accusation(nlp, body, expected):
    assert _accusations(nlp, body) == expected


@pytest.mark.parametrize("body", [
    # relief, and the speaker's own side
    "The Conservatives said they would cut taxes for working families.",
    "Labour said there would be more investment in schools under Labour.",
    # a price, not a loss (said by no rival party, whose naming of Labour would be criticism itself)
    "The Treasury said the Labour bridge would cost 5bn.",
    # denied
    "The Liberal Democrats said the county council's plans would not mean higher taxes.",
    # only supposed
    "Senator Mark Hale said: \"If the court were to deprive the candidate of his rights, we would appeal.\"",
    # done without
    "Ann Grey said the Conservatives would build more homes without asking families to pay more taxes.",
    # conceded, not charged
    "Liberal Democrat spokesman Tom Reeve acknowledged that the Labour campaign could be hampering their efforts.",
    # a party forcing people out is an act the events stage codes, not a thing forcing a hand
    "The Israeli army forced out more than 500 families from their homes in the camp, residents said.",
])
def test_no_accusation_without_a_harm_charged_to_another_party(nlp, body):
    assert _accusations(nlp, body) == []
