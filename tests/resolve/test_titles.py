"""Titles used as names: which names are a post alone, and who holds a post on a given day."""

from __future__ import annotations

import pytest

from newsgraph.resolve.titles import TitleReference, title_reference


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
