"""Full-text search over articles, with the index kept up to date."""

from __future__ import annotations

from newsgraph.analysis.compose import Composer
from newsgraph.analysis.events import Window
from newsgraph.analysis.search import search
from newsgraph.store import Store


def test_every_word_must_match(corpus):
    store, ids = corpus
    assert [h.article_id for h in search(store, "military parade")] == [ids["rodong_parade"]]
    assert search(store, "parade Moscow") == []
    assert search(store, "  ") == []


def test_snippet_marks_the_match(corpus):
    store, _ = corpus
    (hit,) = search(store, "greenhouse")
    assert "[greenhouse]" in hit.snippet
    assert hit.outlet == "KCNA"


def test_articles_saved_after_a_search_are_found(db_url):
    store = Store(db_url)
    assert search(store, "satellite") == []
    c = Composer("Pyongyang launched a reconnaissance satellite on Tuesday.", outlet="KCNA", published="2025-12-02")
    store.save(c.document)
    assert [h.published for h in search(store, "satellite launched")] == ["2025-12-02"]
    assert search(store, "satellite", window=Window(date_to="2025-12-01")) == []
    store.close()
