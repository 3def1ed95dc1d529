"""Signatures: the paragraphs a reader signed with a name or a handle."""

from __future__ import annotations

from newsgraph.extract.attribution import paragraphs
from newsgraph.extract.signatures import signed_texts


def _signed(nlp, text: str, people: tuple[str, ...]) -> list[tuple[str, bool, list[str]]]:
    doc = nlp(text)

    def is_person(start: int, end: int) -> bool:
        return any(text.find(name, start, end) >= 0 for name in people)

    return [(text[slice(*s.writer)], s.handle, [text[slice(*p)] for p in s.paragraphs])
            for s in signed_texts(doc, paragraphs(text), is_person)]


def test_letters_page_with_town_lines_and_a_comment_section(nlp):
    text = (
        "Letters.\n\n"
        "The county has wasted millions on the new stadium. Commissioner Ray Holt promised it would pay for itself.\n\n"
        "It never will, and taxpayers are left with the bill.\n\n"
        "Gloria Banks.\n\n"
        "Greeley, Colo.\n\n"
        "Facebook.\n\n"
        "Holt has done more for this county than anyone in 20 years.\n\n"
        "Walter Ruiz."
    )
    assert _signed(nlp, text, ("Gloria Banks", "Walter Ruiz", "Ray Holt")) == [
        ("Gloria Banks", False, [
            "The county has wasted millions on the new stadium. Commissioner Ray Holt promised it would pay for itself.",
            "It never will, and taxpayers are left with the bill."]),
        ("Walter Ruiz", False, ["Holt has done more for this county than anyone in 20 years."]),
    ]


def test_signature_with_dash_or_town_on_the_same_line(nlp):
    text = (
        "The school board should reopen the library on weekends.\n\n"
        "-- Helen Marsh; Eugene, Ore.\n\n"
        "Our roads are a disgrace, and the mayor knows it.\n\n"
        "Dennis Okoro, Tulsa, Okla."
    )
    assert _signed(nlp, text, ("Helen Marsh", "Dennis Okoro")) == [
        ("Helen Marsh", False, ["The school board should reopen the library on weekends."]),
        ("Dennis Okoro", False, ["Our roads are a disgrace, and the mayor knows it."]),
    ]


def test_handles_sign_one_post_after_or_before_it(nlp):
    text = (
        "Viewers took to Twitter during the debate.\n\n"
        "Senator Vance looked tired and out of ideas tonight.\n\n"
        "@dkeller_55.\n\n"
        "@marisol1990: Vance finally answered the question on pensions."
    )
    assert _signed(nlp, text, ("Vance",)) == [
        ("@dkeller_55", True, ["Senator Vance looked tired and out of ideas tonight."]),
        ("@marisol1990", True, ["Vance finally answered the question on pensions."]),
    ]


def test_a_lone_name_closing_an_ordinary_report_signs_nothing(nlp):
    text = (
        "The council approved the budget on Tuesday after a four-hour debate.\n\n"
        "The mayor said the vote was a relief.\n\n"
        "Sandra Pike."
    )
    assert _signed(nlp, text, ("Sandra Pike",)) == []


def test_a_name_line_that_names_no_person_is_no_signature(nlp):
    text = "Letters.\n\nThe new bridge is a triumph.\n\nMain Street.\n\nMain Street."
    assert _signed(nlp, text, ()) == []


def test_a_name_with_its_handle_signs_one_post(nlp):
    text = (
        "Social media lit up after the vote.\n\n"
        "Governor Pryce betrayed every teacher in this state.\n\n"
        "Mary Wendt (@mwendt)"
    )
    assert _signed(nlp, text, ("Mary Wendt", "Pryce")) == [
        ("Mary Wendt", False, ["Governor Pryce betrayed every teacher in this state."]),
    ]
