"""Protocol order: the ranked lists articles print (who stood first at a ceremony, the order of
a presidium), by occasion or by the place one actor held in them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa

from newsgraph.analysis.parties import actor
from newsgraph.store import Store
from newsgraph.store import schema as t


@dataclass(frozen=True)
class Ranking:
    """One printed order: its occasion, the names from highest to lowest, and where it was read.
    `rank` is the 1-based place of the actor asked about, when the question named one."""

    article_id: str
    outlet: str | None
    published: str | None
    kind: str
    occasion: str | None
    order: list[str]
    rank: int | None = None


def protocol(store: Store, occasion: str | None = None, actor_name: str | None = None) -> list[Ranking]:
    """Rankings whose occasion contains `occasion` (case-insensitive), or those that place the
    actor `actor_name`, oldest first. Raises NotFound for an unknown actor."""
    r, e, a, link, art = t.ranking, t.ranking_entry, t.actor, t.actor_link, t.article
    query = (sa.select(r.c.article_id, r.c.ordinal, r.c.kind, r.c.occasion, art.c.outlet, art.c.published)
             .join(art, art.c.id == r.c.article_id))
    with store.engine.connect() as connection:
        canonical_id = actor(connection, actor_name).id if actor_name else None
        if occasion:
            query = query.where(sa.func.lower(r.c.occasion).contains(occasion.lower(), autoescape=True))
        if canonical_id is not None:
            placed = (sa.select(e.c.article_id, e.c.ranking_ordinal)
                      .join(link, sa.and_(link.c.article_id == e.c.article_id, link.c.actor_id == e.c.entry))
                      .where(link.c.canonical_id == canonical_id).subquery())
            query = query.join(placed, sa.and_(placed.c.article_id == r.c.article_id,
                                               placed.c.ranking_ordinal == r.c.ordinal))
        rankings = list(connection.execute(query.order_by(art.c.published, r.c.article_id, r.c.ordinal)))
        articles = sorted({row.article_id for row in rankings})
        entries: dict[tuple[str, int], list[tuple[str, int | None]]] = defaultdict(list)
        for i in range(0, len(articles), 500):
            rows = connection.execute(
                sa.select(e.c.article_id, e.c.ranking_ordinal, e.c.entry, a.c.name, link.c.canonical_id)
                .outerjoin(a, sa.and_(a.c.article_id == e.c.article_id, a.c.id == e.c.entry))
                .outerjoin(link, sa.and_(link.c.article_id == e.c.article_id, link.c.actor_id == e.c.entry))
                .where(e.c.article_id.in_(articles[i:i + 500])).order_by(e.c.ordinal))
            for row in rows:
                entries[(row.article_id, row.ranking_ordinal)].append((row.name or row.entry, row.canonical_id))
    result = []
    for row in rankings:
        listed = entries[(row.article_id, row.ordinal)]
        rank = next((i + 1 for i, (_, cid) in enumerate(listed) if cid == canonical_id), None) \
            if canonical_id is not None else None
        result.append(Ranking(row.article_id, row.outlet, row.published, row.kind, row.occasion,
                              [name for name, _ in listed], rank))
    return result
