"""Counts over the store: articles by outlet and month, events (across articles) by type and month."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import sqlalchemy as sa

from newsgraph.analysis.events import Window, load_events
from newsgraph.analysis.outlets import outlets
from newsgraph.store import Store
from newsgraph.store import schema as t


@dataclass
class Stats:
    """What the store holds. Events are counted once however many articles reported them."""

    articles: int
    copies: int  # near-duplicates (syndicated copies) among the articles
    actors: int  # canonical actors
    events: int
    event_reports: int
    articles_by_outlet: dict[str, int]
    articles_by_month: dict[str, int]
    events_by_type: dict[str, int]
    events_by_month: dict[str, int]


def stats(store: Store, window: Window = Window()) -> Stats:
    """Counts of articles, canonical actors and events, within `window` (by publication date)."""
    a = t.article
    month = sa.func.substr(a.c.published, 1, 7)
    within = [a.c.published >= window.date_from] if window.date_from else []
    within += [a.c.published <= window.date_to] if window.date_to else []
    with store.engine.connect() as connection:
        by_outlet = connection.execute(sa.select(a.c.outlet, sa.func.count()).where(*within)
                                       .group_by(a.c.outlet)).all()
        by_month = dict(connection.execute(sa.select(month, sa.func.count()).where(*within)
                                           .group_by(month).order_by(month)).all())
        copies = connection.scalar(sa.select(sa.func.count()).where(a.c.duplicate_of.is_not(None), *within))
        actors = connection.scalar(sa.select(sa.func.count()).select_from(t.canonical_actor)
                                   .where(t.canonical_actor.c.merged_into.is_(None)))
        events = load_events(connection, None, window)
    outlet_counts: Counter[str] = Counter()
    table = outlets()
    for name, n in by_outlet:
        found = table.find(name)
        outlet_counts[found.name if found else name or "unknown outlet"] += n
    return Stats(
        articles=sum(outlet_counts.values()), copies=copies, actors=actors, events=len(events),
        event_reports=sum(len(e.reports) for e in events),
        articles_by_outlet=dict(outlet_counts.most_common()),
        articles_by_month={k or "undated": v for k, v in by_month.items()},
        events_by_type=dict(Counter(e.plover for e in events).most_common()),
        events_by_month=dict(sorted(Counter((e.date or "undated")[:7] for e in events).items())),
    )
