"""Posts of public record: "the prime minister" the article ties to no name is its holder of record."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.office_holders import holder_family_names, known_holder, post_words, tenures
from newsgraph.model import Actor, Article


def _person(ref: str, name: str) -> Actor:
    return Actor(id=ref, name=name, kind="person")


BLAIR, BROWN, MAJOR = _person("a1", "Tony Blair"), _person("a2", "Gordon Brown"), _person("a3", "John Major")


def test_rows_are_dated_tenures_of_named_posts():
    rows = tenures()
    assert rows and all(len(t.country) == 3 and t.post and t.names for t in rows)
    assert all(t.end is None or t.start <= t.end for t in rows)
    assert post_words("Secretary of State") == {"secretary", "state"}
    # a post news words two ways is one row per wording
    assert {t.post for t in rows if "Michael Howard" in t.names} >= {post_words("tory leader"),
                                                                     post_words("conservative leader")}


@pytest.mark.parametrize(("words", "country", "past", "day", "people", "expected"), [
    # the one person named who held the post then
    ({"prime", "minister"}, None, False, "2005-03-01", [BLAIR, BROWN], "a1"),
    ({"prime", "minister"}, None, False, "2008-01-01", [BLAIR, BROWN], "a2"),
    ({"chancellor"}, "GBR", False, "2005-03-01", [BLAIR, BROWN], "a2"),
    # "the former prime minister": one who had left the post by then
    ({"prime", "minister"}, None, True, "2005-03-01", [BLAIR, MAJOR], "a3"),
    # with no date, any holder fits: two named holders leave the post unresolved
    ({"prime", "minister"}, None, False, None, [BLAIR, BROWN], None),
    ({"prime", "minister"}, None, False, None, [BLAIR], "a1"),
    # a post of another state, or one the table does not list
    ({"prime", "minister"}, "AUS", False, None, [BLAIR], None),
    ({"mayor"}, None, False, None, [BLAIR], None),
])
def test_known_holder(words, country, past, day, people, expected):
    assert known_holder(words, country, past, day, people) == expected


def test_with_no_date_the_holder_in_whose_time_the_others_named_held_posts():
    # Brown, whom the text calls "the chancellor", was chancellor in Blair's years as prime
    # minister; Blair held no post in Brown's
    text = "Tony Blair and the chancellor, Gordon Brown, spoke."
    assert known_holder({"prime", "minister"}, None, False, None, [BLAIR, BROWN], [BLAIR, BROWN], text) == "a1"
    # a post the text never names is no evidence of when it was written
    assert known_holder({"prime", "minister"}, None, False, None, [BLAIR, BROWN], [BLAIR, BROWN], "They spoke.") is None
    assert known_holder({"prime", "minister"}, None, False, None, [BLAIR, MAJOR], [BLAIR, MAJOR], text) is None


def _events(nlp, body: str) -> list[tuple[str, list[str], list[str]]]:
    doc = extract(Article(id="test", body=body), nlp)
    names = {a.id: a.name for a in doc.actors}
    return [(e.plover, [names[r] for r in e.source], [names[r] for r in e.target]) for e in doc.events]


@pytest.mark.parametrize(("body", "expected"), [
    ("Tony Blair spoke on Monday. Michael Howard attacked the prime minister over the measures.",
     [("ACCUSE", ["Michael Howard"], ["Tony Blair"])]),
    # a person the article titles with another post is not the prime minister
    ("Chancellor Gordon Brown defended the budget. Tony Blair was in Egypt. "
     "Michael Howard attacked the prime minister over the measures.",
     [("ACCUSE", ["Michael Howard"], ["Tony Blair"])]),
    # a party's leader, and a post news words two ways ("the Tory leader", "the Conservative leader")
    ("Michael Howard spoke in Leeds. Tony Blair attacked the Tory leader over immigration.",
     [("ACCUSE", ["Tony Blair"], ["Michael Howard"])]),
    ("Michael Howard spoke in Leeds. Tony Blair attacked the Conservative leader over immigration.",
     [("ACCUSE", ["Tony Blair"], ["Michael Howard"])]),
    # a peer by the style news names him by
    ("Lord Falconer outlined the plans on Tuesday. Michael Howard attacked the Lord Chancellor over the plans.",
     [("ACCUSE", ["Michael Howard"], ["Lord Falconer"])]),
    # a devolved first minister, whichever nation's the article names
    ("Jack McConnell spoke in Glasgow on Monday. Annabel Goldie attacked the first minister over the remark.",
     [("ACCUSE", ["Annabel Goldie"], ["Jack McConnell"])]),
    # nor one it calls a former holder: the post stays a description
    ("Former prime minister John Major spoke on Monday. Michael Howard attacked the prime minister over the measures.",
     [("ACCUSE", ["Michael Howard"], ["prime minister"])]),
])
def test_a_bare_post_is_the_holder_the_article_names(nlp, body, expected):
    assert _events(nlp, body) == expected


def test_a_bare_post_speaks_for_its_holder(nlp):
    doc = extract(Article(id="test", body='Tony Blair returned from Egypt on Monday. '
                                           '"We will match the generosity of the public," the prime minister said.'), nlp)
    names = {a.id: a.name for a in doc.actors}
    assert [names.get(q.speaker) for q in doc.quotes] == ["Tony Blair"]


def test_holders_family_names_are_the_last_words_of_their_names():
    names = holder_family_names()
    assert {"Putin", "Erdogan", "Erdoğan"} <= names
    assert "Vladimir" not in names


def test_a_family_name_written_first_is_a_holders_family_name():
    assert "Xi" in holder_family_names()
    assert "Jinping" not in holder_family_names()
