"""Organizations named in titles: their kind read from the head noun and its complement."""

from __future__ import annotations

import pytest

from newsgraph.extract.bodies import complement_head, kind_of


@pytest.mark.parametrize("name, kind", [
    ("British Chambers of Commerce", "organization"),
    ("Chamber of Commerce and Industry of Lyon", "organization"),
    ("Trades Union Congress", "organization"),
    ("Congress of South African Trade Unions", "organization"),
    ("Chamber of Deputies", "legislature"),
    ("National People's Congress", "legislature"),
    ("Ministry of Defence", "government_body"),
])
def test_a_chamber_of_commerce_or_a_union_congress_is_no_legislature(name, kind):
    assert kind_of(name) == kind


def test_complement_head_gives_the_sector():
    assert complement_head("London Chamber of Commerce").sector == "BUS"
    assert complement_head("Congress of Trade Unions").sector == "LAB"
    assert complement_head("House of Commons") is None
