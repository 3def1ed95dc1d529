"""Typed mentions: where readers' comments begin below a web article."""

from __future__ import annotations

from newsgraph.extract.mentions import comments_start

ARTICLE = (
    "Ministers have agreed to raise the basic state pension by 3% from April.\n\n"
    "The Department for Work and Pensions said the rise would cost pounds 1bn.\n\n"
    "\"We have listened to pensioners,\" said the pensions minister.\n\n"
    "Age Concern called for a larger rise.\n\n"
)


def test_first_person_paragraph_without_quotes_opens_the_comments():
    comment = "I retired last year and my pension barely covers the heating bill.\n\n"
    text = ARTICLE + comment + "Good news at last.\n"
    assert comments_start(text) == len(ARTICLE)


def test_quoted_first_person_is_the_article():
    quoted = "\"I think my members will welcome it,\" the union's leader said.\n\n"
    assert comments_start(ARTICLE + quoted) is None


def test_a_statement_in_the_first_person_from_the_start_has_no_comments():
    statement = ("Pyongyang, May 2 (KCNA) -- I express my deep gratitude to the delegation, "
                 "the minister said in a message.\n\nThe message was sent on Tuesday.\n")
    assert comments_start(statement) is None
