"""Titles used as names: which names are a post alone, and who holds a post on a given day."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from newsgraph.resolve.titles import TitleReference, title_prefix, title_reference


@pytest.mark.parametrize(("name", "country", "expected"), [
    ("the Russian Foreign Minister", None, TitleReference("foreign minister", "RUS")),
    ("North Korean Premier", None, TitleReference("premier", "PRK")),
    ("the minister", "CHN", TitleReference("minister", "CHN")),
    ("Defence Minister", None, TitleReference("defence minister", None)),
    ("the Minister of Foreign Affairs", "PRK", TitleReference("minister of foreign affairs", "PRK")),
])
def test_a_post_alone_is_a_title_reference(name, country, expected):
    assert title_reference(name, country) == expected


@pytest.mark.parametrize("name", ["Sergei Lavrov", "Foreign Minister Sergei Lavrov", "the Russian side", "Russia",
                                  "the minister's aide"])
def test_a_name_is_no_title_reference(name):
    assert title_reference(name) is None



TITLES = ["foreign minister", "Foreign Ministry spokesman", "FOREIGN MINISTER", "Foreigner", "Chairman",
          "chairman of the state council", "Chairmanship", "Chairmao", "Chair", "jazz envoy", "Jazzman",
          "Jb envoy", "Jaz", "Premier"]


@pytest.mark.parametrize("title, expected", [
    ("Foreign Minister", ["foreign minister", "Foreign Ministry spokesman", "FOREIGN MINISTER", "Foreigner"]),
    ("Chairman of the State Affairs Commission", ["Chairman", "chairman of the state council", "Chairmanship"]),
    # A word ending in "z" has no next string by its last letter: the bound comes from the one before.
    ("Jazz Envoy", ["jazz envoy", "Jazzman"]),
    ("Vice-Premier", []),
])
def test_title_prefix_keeps_the_titles_of_the_first_word_in_any_case(title, expected):
    table = sa.Table("titles", sa.MetaData(), sa.Column("title", sa.String))
    with sa.create_engine("sqlite://").begin() as connection:
        table.create(connection)
        connection.execute(table.insert(), [{"title": x} for x in TITLES])
        found = connection.scalars(sa.select(table.c.title).where(*title_prefix(table.c.title, title))).all()
    assert sorted(found) == sorted(expected)
