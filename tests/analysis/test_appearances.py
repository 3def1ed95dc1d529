"""The leadership-watcher's log: appearances, companions, rhythm and absences."""

from __future__ import annotations

from newsgraph.analysis.appearances import Absence, absent_since, appearances
from newsgraph.analysis.events import Window


def test_appearances_of_the_leader(corpus):
    store, _ = corpus
    log = appearances(store, "Kim Jong Un")
    assert [(a.date, a.type, a.place, a.accompanied_by, a.reports) for a in log.appearances] == [
        ("2025-10-03", "CONSULT", "Pyongyang", ["minister of Foreign Affairs Choe Son Hui"], 4),
        ("2025-10-10", "MOBILIZE", "Kim Il Sung Square", ["Premier Li Qiang", "To Lam"], 1),
        ("2025-10-12", "COOPERATE", "Kangdong", [], 1),
        ("2025-10-15", "MOBILIZE", None, [], 1),
        ("2025-11-20", "COOPERATE", "Ryongsong", ["vice department director Kim Yo Jong", "Premier Pak Thae Song"], 1),
    ]
    assert log.by_month == {"2025-10": 4, "2025-11": 1}
    assert log.by_type == {"MOBILIZE": 2, "COOPERATE": 2, "CONSULT": 1}
    assert log.last_seen == "2025-11-20"
    assert log.usual_gap_days == 5.0  # gaps 7, 2, 3, 36
    assert log.absences == [Absence("2025-10-15", "2025-11-20", 36)]


def test_window(corpus):
    store, _ = corpus
    log = appearances(store, "Kim Jong Un", Window(date_from="2025-10-11", date_to="2025-10-31"))
    assert [a.date for a in log.appearances] == ["2025-10-12", "2025-10-15"]
    assert log.absences == [Absence("2025-10-15", "2025-10-31", 16)]


def test_absent_since(corpus):
    store, _ = corpus
    assert [(a.name, a.last_seen, a.days) for a in absent_since(store, 45, min_days_seen=1)] == [
        ("Sergei Shoigu", "2025-10-03", 48), ("Choe Son Hui", "2025-10-03", 48)]
    assert absent_since(store, 45) == []  # nobody seen on three days is gone that long
