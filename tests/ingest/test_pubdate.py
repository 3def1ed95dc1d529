"""Publication dates: read as written, never completed by guessing a year."""

from __future__ import annotations

import pytest

from newsgraph.ingest.pubdate import parse_date


@pytest.mark.parametrize(("text", "iso"), [
    ("May 3, 2024", "2024-05-03"),
    ("3 May 2024", "2024-05-03"),
    ("Friday, 3 May 2024", "2024-05-03"),
    ("Sept. 9, 2024", "2024-09-09"),
    ("October 15, 2025 10:20 am", "2025-10-15"),
    ("12:30, 3 May 2024", "2024-05-03"),
    ("3 May 2024 12:30 GMT", "2024-05-03"),
    ("2024-05-03", "2024-05-03"),
    ("2024-05-03T10:00:00+09:00", "2024-05-03"),
    ("Fri, 03 May 2024 10:00:00 +0900", "2024-05-03"),
    ("May 3", None),
    ("last week", None),
    ("30 February 2024", None),
    ("The talks on May 3, 2024 ended", None),
])
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso
