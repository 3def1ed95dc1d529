"""Timelines: events between two states or actors, one row per event however many reports."""

from __future__ import annotations

from newsgraph.analysis.events import Window
from newsgraph.analysis.timeline import timeline


def test_contacts_between_two_states(corpus):
    store, _ = corpus
    found = timeline(store, "PRK", "Russia")
    assert (found.a.state, found.b.label) == ("PRK", "Russia")
    assert [(e.date, e.plover, [m.outlet for m in e.reports]) for e in found.events] == [
        ("2025-10-03", "CONSULT", ["KCNA", "Yonhap", "TASS", "RIA Novosti"]),
        ("2025-11-02", "AGREE", ["TASS"]),
    ]
    first = found.events[0]
    assert [p.name for p in first.sources] == ["Kim Jong Un", "Choe Son Hui"]
    assert first.location == "Pyongyang"


def test_filters_by_date_and_type(corpus):
    store, _ = corpus
    assert [e.plover for e in timeline(store, "North Korea", "RUS", Window(date_from="2025-10-04")).events] == ["AGREE"]
    assert [e.date for e in timeline(store, "PRK", "RUS", Window(types=("consult",))).events] == ["2025-10-03"]


def test_between_a_person_and_a_state(corpus):
    store, _ = corpus
    assert [(e.date, e.plover) for e in timeline(store, "Kim Jong-un", "China").events] == [("2025-10-10", "MOBILIZE")]


def test_undated_reports_are_never_merged(tmp_path):
    from newsgraph.analysis.compose import Composer
    from newsgraph.resolve.resolver import resolve_article
    from newsgraph.store import Store

    with Store(f"sqlite:///{tmp_path / 'undated.sqlite'}") as store:
        for body in ("The United Russia party sent a message of greetings to Kim Jong Un.",
                     "The United Russia party sent a congratulatory message to Kim Jong Un."):
            c = Composer(body, outlet="KCNA")
            party_id = c.actor("United Russia", kind="party", country="RUS")
            kim = c.actor("Kim Jong Un", country="PRK")
            c.event("SUPPORT", [party_id], [kim], "sent", mode="message")
            store.save(c.document)
            resolve_article(store, c.article.id)
        assert [len(e.reports) for e in timeline(store, "PRK", "RUS").events] == [1, 1]
