"""A named party's interview with, or appearance on, a news outlet is a CONSULT (mode interview)."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.model import Article


def _interviews(nlp, body: str, outlet: str | None = None, url: str | None = None) -> list[tuple[list[str], list[str]]]:
    """Each interview event as (source names, target names)."""
    doc = extract(Article(id="test", body=body, captions=[], outlet=outlet, url=url), nlp)
    names = {a.id: a.name for a in doc.actors} | {g.id: g.name for g in doc.groups}
    return [([names[r] for r in e.source], [names[r] for r in e.target])
            for e in doc.events if e.plover == "CONSULT" and e.mode == "interview"]


@pytest.mark.parametrize(("body", "expected"), [
    # told it: the outlet is the verb's object
    ('Vice presidential nominee Mike Pence told "Fox News Sunday" that the race was far from over.',
     [(["Mike Pence"], ["Fox News"])]),
    # a journalist named with the outlet is the other side with it
    ("Juanita Broaddrick told NBC's Lisa Myers in 1999 that the account was true.",
     [(["Juanita Broaddrick"], ["NBC", "Lisa Myers"])]),
    # the outlet's name on the interview itself
    ("Senator Patrick Leahy voiced his frustration in an MSNBC interview on Monday.",
     [(["Patrick Leahy"], ["MSNBC"])]),
    # appearing on a programme: its host stands for it
    ("Hillary Clinton appeared on Steve Harvey's morning show on Tuesday.", [(["Hillary Clinton"], ["Steve Harvey"])]),
    # the passive: the one interviewed is its subject
    ("Governor Mike Pence was interviewed on CNN about the campaign.", [(["Mike Pence"], ["CNN"])]),
    # the lexicon's own reading of the noun with its "with" phrase
    ("Kellyanne Conway spoke about the debate in an interview with CNN on Sunday.",
     [(["Kellyanne Conway"], ["CNN"])]),
    # whatever one does on an outlet's programme, however the parser hangs the phrase
    ("Governor Chris Christie blasted Hillary Clinton as a disgrace on Wednesday on The Laura Ingraham Show.",
     [(["Chris Christie"], ["Laura Ingraham Show"])]),
    # a passive names who spoke in the interview
    ("The rule was mentioned by Ivanka Trump in an interview with CNN.", [(["Ivanka Trump"], ["CNN"])]),
    # a programme named by its title stands for the outlet owning it
    ("Governor Mike Pence said on CNN's State of the Union that he would vote for the plan.",
     [(["Mike Pence"], ["CNN"])]),
    # also a title in quotation marks the parser reads as a clause
    ('In an interview on CBS\'s "Face the Nation," Governor Mike Pence said he would vote for the plan.',
     [(["Mike Pence"], ["Face the Nation", "CBS"])]),
    # a title in quotation marks opening the sentence, the outlet named on it before standing for it
    ('Governor Mike Pence spoke on CBS\'s "Face the Nation" on Sunday. On "Face the Nation," Senator Tim '
     'Kaine, who debated Pence last week, said he disagreed.',
     [(["Mike Pence"], ["CBS", "Face the Nation"]), (["Tim Kaine"], ["Face the Nation", "CBS"])]),
    # a magazine named as one is an outlet, though the gazetteer does not know it
    ("The rule was mentioned by Ivanka Trump in an interview with Cosmopolitan magazine.",
     [(["Ivanka Trump"], ["Cosmopolitan"])]),
    # a piece of an outlet is no appearance on it
    ("Donald Trump commented on CNN's report on Monday.", []),
    # unnamed sources speaking to a wire are how it was reported, no appearance
    ("The army lifted the blockade on Friday, officials told AFP.", []),
    # an organization the article says nothing else of, told something, is an outlet it does not know
    ("Raj Shah, the party's research director, told InsideSources that the site was biased.",
     [(["Raj Shah"], ["InsideSources"])]),
    # telling someone who is no outlet is no interview
    ("Foreign Secretary Jack Straw told Colin Powell that the plan would fail.", []),
    # a body the article says nothing else of that has a programme is an outlet
    ("The levy would fall next year, Energy Secretary Ann Dowd told TV3's Sunday programme.",
     [(["Ann Dowd"], ["TV3"])]),
])
def test_an_interview_with_an_outlet_is_a_consultation_with_it(nlp, body, expected):
    assert _interviews(nlp, body) == expected


@pytest.mark.parametrize("body", [
    "The Prime Minister, Tony Blair, told BBC Radio 4's Today programme that he would not resign.",
    "In an interview with the BBC's political editor Andrew Marr, Tony Blair said the talks would be tough.",
    # a station or programme of the house, named without it
    "The Prime Minister, Tony Blair, told Radio 4 that he would not resign.",
    "Scottish Secretary Alistair Darling told Good Morning Scotland that he would not resign.",
])
def test_an_interview_with_the_articles_own_outlet_is_how_it_was_reported(nlp, body):
    assert _interviews(nlp, body, outlet="BBC News") == []
    assert _interviews(nlp, body, url="https://www.bbc.co.uk/news/uk-politics-4100") == []
    assert _interviews(nlp, body, outlet="Sky News") != []


def test_an_interview_with_the_outlet_an_article_reports_from_is_how_it_was_gathered(nlp):
    body = ("Reuters reported on Monday that the two governments had agreed to resume talks. Professor "
            "Jane Holloway, an expert on the region, told Reuters that the agreement was fragile.")
    assert _interviews(nlp, body) == []
    assert _interviews(nlp, body.replace("Reuters reported", "The ministry announced")) == [
        (["Jane Holloway"], ["Reuters"])]


@pytest.mark.parametrize(("body", "expected"), [
    # the act voiced in an interview is aimed at whom it names, never at the outlet
    ("Donald Trump attacked Hillary Clinton in an interview with CNN on Sunday.",
     [("ACCUSE", ["Donald Trump"], ["Hillary Clinton"]), ("CONSULT", ["Donald Trump"], ["CNN"])]),
    ("Kellyanne Conway criticised the debate in an interview with CNN on Sunday.",
     [("CONSULT", ["Kellyanne Conway"], ["CNN"])]),
])
def test_an_interview_is_the_medium_of_what_is_said_in_it(nlp, body, expected):
    doc = extract(Article(id="test", body=body, captions=[]), nlp)
    names = {a.id: a.name for a in doc.actors}
    assert [(e.plover, [names[r] for r in e.source], [names[r] for r in e.target]) for e in doc.events] == expected
