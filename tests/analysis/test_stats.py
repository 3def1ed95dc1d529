"""Counts: articles by outlet and month; events once each, not once per report."""

from __future__ import annotations

from newsgraph.analysis.events import Window
from newsgraph.analysis.stats import stats


def test_counts(corpus):
    store, _ = corpus
    found = stats(store)
    assert (found.articles, found.copies, found.actors, found.events, found.event_reports) == (11, 1, 12, 6, 9)
    assert found.articles_by_outlet == {"Korean Central News Agency": 4, "TASS": 2, "Yonhap News Agency": 2,
                                        "NK News": 1, "RIA Novosti": 1, "Rodong Sinmun": 1}
    assert found.articles_by_month == {"2025-10": 7, "2025-11": 4}
    assert found.events_by_type == {"MOBILIZE": 2, "COOPERATE": 2, "CONSULT": 1, "AGREE": 1}
    assert found.events_by_month == {"2025-10": 4, "2025-11": 2}


def test_counts_within_a_window(corpus):
    store, _ = corpus
    found = stats(store, Window(date_from="2025-11-01"))
    assert (found.articles, found.events) == (4, 2)
