"""Coverage: outlets, countries and ownership of an event's reports, copies, silence."""

from __future__ import annotations

import pytest

from newsgraph.analysis.coverage import event_coverage, story_coverage
from newsgraph.analysis.parties import NotFound


def test_coverage_of_one_meeting(corpus):
    store, ids = corpus
    found = event_coverage(store, ids["yonhap_meeting"][:8] + "/e1")
    assert found.event is not None and found.event.plover == "CONSULT"
    assert [(o.outlet, o.country, o.ownership, o.first, o.reports, o.copies) for o in found.outlets] == [
        ("Korean Central News Agency", "PRK", "state", "2025-10-03", 1, 0),
        ("TASS", "RUS", "state", "2025-10-04", 1, 0),
        ("Yonhap News Agency", "KOR", "public", "2025-10-04", 1, 0),
        ("RIA Novosti", "RUS", "state", "2025-10-05", 1, 1),
    ]
    assert found.independent_by_country == {"KOR": 1}
    assert found.silent == ["NK News"]


def test_coverage_of_a_story_found_by_text(corpus):
    store, _ = corpus
    found = story_coverage(store, "Shoigu held talks")
    assert [(o.outlet, o.copies) for o in found.outlets] == [("TASS", 0), ("RIA Novosti", 1)]
    assert found.independent_by_country == {}


def test_unknown_event(corpus):
    store, _ = corpus
    with pytest.raises(NotFound):
        event_coverage(store, "ffff/e9")
