"""Protocol order by occasion and by actor."""

from __future__ import annotations

from newsgraph.analysis.protocol import protocol


def test_by_occasion(corpus):
    store, _ = corpus
    (ranking,) = protocol(store, occasion="80th ANNIVERSARY")
    assert ranking.order == ["Kim Jong Un", "Li Qiang", "To Lam"]
    assert (ranking.outlet, ranking.published, ranking.rank) == ("Rodong Sinmun", "2025-10-10", None)
    assert protocol(store, occasion="victory day") == []


def test_by_actor(corpus):
    store, _ = corpus
    assert [r.rank for r in protocol(store, actor_name="Li Qiang")] == [2]
    assert protocol(store, actor_name="Sergei Shoigu") == []
