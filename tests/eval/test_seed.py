"""Seed checks: one named check per expected fact, judged with score.py's matching."""

from __future__ import annotations

import pytest

from newsgraph.eval.registry import dataset_dir
from newsgraph.model import Evidence, Position, Quote

pytestmark = pytest.mark.skipif(dataset_dir("newsgraph-dev") is None, reason="shared/eval absent (score.py)")

TEXT = ("Hanoi Times reported that Prime Minister Tran Van Long received a Lao delegation on Friday. "
        "Long said the two parties share a long friendship.")
EXPECTED = {
    "article": {"title": "Lao delegation in Hanoi", "published": None, "captions": [], "credits": [],
                "chrome_removed": ["Share this story"], "body_must_not_contain": ["Share this story"],
                "body_starts_with": "Hanoi Times reported", "body_ends_with": "long friendship."},
    "states": ["Vietnam", "Laos"],
    "people": [{"name": "Tran Van Long", "country": "Vietnam",
                "positions": [{"title": "Prime Minister", "organization": None}]}],
    "organizations": ["Hanoi Times"],
    "aliases": [["Laos", "Lao"]],
    "quotes": [{"speaker": "Tran Van Long", "direct": False, "says": "the two parties share a long friendship"}],
    "events": [],
}


def _document(document):
    d = document(TEXT, {"p1": ("Tran Van Long", "person", ["Tran Van Long", "Long#1"]),
                        "s1": ("LAO", "state", ["Lao"]),
                        "m1": ("Hanoi Times", "media", ["Hanoi Times"])},
                 positions=[Position(holder="p1", title="Prime Minister", evidence=Evidence(start=26, end=54))],
                 quotes=[Quote(speaker="p1", text="the two parties share a long friendship", direct=False,
                               evidence=Evidence(start=92, end=141))])
    d.article.title = "Lao delegation in Hanoi"
    d.article.removed = ["Share this story"]
    d.actors[1].country = "LAO"
    d.actors[1].aliases = ["Laos"]
    return d.to_dict()


def test_checks_name_each_fact_and_judge_it(document) -> None:
    from newsgraph.eval.seed import checks

    results = {c.id: c.passes(_document(document)) for c in checks(EXPECTED)}
    assert results == {
        "article title": True, "article published": True, "article body starts": True,
        "article body ends": True, "article removed: Share this story": True,
        "article body lacks: Share this story": True,
        "state: Vietnam": False,                       # no Vietnam actor in the document
        "state: Laos": True,
        "person: Tran Van Long": True,
        "person country: Tran Van Long VNM": False,    # the person's country was not set
        "position: Tran Van Long, Prime Minister": True,
        "organization: Hanoi Times": True,
        "aliases: Laos = Lao": True,
        "quote: Tran Van Long: the two parties share a long friendship": True,
    }
