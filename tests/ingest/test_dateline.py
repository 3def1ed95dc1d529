"""Wire datelines name the agency; other openings name nothing."""

from __future__ import annotations

import pytest

from newsgraph.ingest.dateline import agency


@pytest.mark.parametrize(("paragraph", "name"), [
    ("Pyongyang, January 2 (KCNA) -- The art performance opened.", "KCNA"),
    ("SEOUL, May 3 (Yonhap) -- South Korea's foreign minister left for Tokyo.", "Yonhap"),
    ("WASHINGTON (Reuters) - The Senate passed the bill.", "Reuters"),
    ("Hanoi, 4 March 2024 (VNA) \u2014 Deputy Prime Minister received the delegation.", "VNA"),
    ("Minister Park (left) - shakes hands with the envoy.", None),
    ("The talks (KCNA) -- were reported.", None),
    ("Astana -- The deputy minister received the ambassador.", None),
])
def test_agency(paragraph: str, name: str | None) -> None:
    assert agency(paragraph) == name
