"""Delegations across articles: who went where, how many, led by whom, with whom, for what.

Reports of one delegation (same sending state, host, leader and publication month) are merged;
where they disagree on its size or occasion, every value is kept beside its sources.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa

from newsgraph.analysis.events import Window
from newsgraph.analysis.parties import state_code
from newsgraph.store import Store
from newsgraph.store import schema as t


@dataclass
class Delegation:
    """One delegation as all its reports describe it. `sizes` and `occasions` map each value
    given to the outlets that gave it: more than one key is a conflict between sources."""

    country: str | None
    host: str | None
    leader: str | None
    leader_id: int | None
    first_reported: str | None
    last_reported: str | None
    members: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    sizes: dict[int, list[str]] = field(default_factory=dict)
    occasions: dict[str, list[str]] = field(default_factory=dict)
    articles: list[str] = field(default_factory=list)

    @property
    def conflicts(self) -> list[str]:
        """The facts the reports disagree on."""
        return [name for name, values in (("size", self.sizes), ("occasion", self.occasions)) if len(values) > 1]


Named = tuple[str, int | None]  # a name as printed and the canonical actor it resolved to


def _names(connection: sa.Connection, table: sa.Table, keys: set[tuple[str, str]]) -> dict[tuple[str, str], list[Named]]:
    """Actors of a group link table (`group_member`, `group_party`) by (article_id, group_id)."""
    a, link = t.actor, t.actor_link
    found: dict[tuple[str, str], list[Named]] = defaultdict(list)
    articles = sorted({article for article, _ in keys})
    for i in range(0, len(articles), 500):
        query = (sa.select(table.c.article_id, table.c.group_id, a.c.name, link.c.canonical_id)
                 .join(a, sa.and_(a.c.article_id == table.c.article_id, a.c.id == table.c.actor_id))
                 .outerjoin(link, sa.and_(link.c.article_id == a.c.article_id, link.c.actor_id == a.c.id))
                 .where(table.c.article_id.in_(articles[i:i + 500])).order_by(table.c.ordinal))
        for row in connection.execute(query):
            if (row.article_id, row.group_id) in keys:
                found[(row.article_id, row.group_id)].append((row.name, row.canonical_id))
    return found


def delegations(store: Store, to: str | None = None, from_: str | None = None,
                window: Window = Window()) -> list[Delegation]:
    """Delegations hosted by `to` and sent by `from_` (states: ISO3 or name), newest first."""
    g, a, leader, link = t.actor_group, t.article, t.actor.alias("leader"), t.actor_link
    query = (sa.select(g.c.article_id, g.c.id, g.c.country, g.c.host, g.c.size, g.c.occasion,
                       leader.c.name.label("leader"), link.c.canonical_id, a.c.outlet, a.c.published)
             .join(a, a.c.id == g.c.article_id)
             .outerjoin(leader, sa.and_(leader.c.article_id == g.c.article_id, leader.c.id == g.c.leader))
             .outerjoin(link, sa.and_(link.c.article_id == g.c.article_id, link.c.actor_id == g.c.leader))
             .where(g.c.kind == "delegation"))
    for column, value in ((g.c.host, to), (g.c.country, from_)):
        if value:
            query = query.where(column == (state_code(value) or value))
    if window.date_from:
        query = query.where(a.c.published >= window.date_from)
    if window.date_to:
        query = query.where(a.c.published <= window.date_to)
    with store.engine.connect() as connection:
        rows = list(connection.execute(query.order_by(a.c.published, g.c.article_id, g.c.ordinal)))
        keys = {(row.article_id, row.id) for row in rows}
        members, parties = _names(connection, t.group_member, keys), _names(connection, t.group_party, keys)
    merged: dict[tuple, Delegation] = {}
    seen: dict[tuple, set] = defaultdict(set)  # canonical ids (else names) already listed
    for row in rows:
        who = row.canonical_id if row.canonical_id is not None else (row.leader or row.id)
        key = (row.country, row.host, who, (row.published or "")[:7])
        found = merged.setdefault(key, Delegation(row.country, row.host, row.leader, row.canonical_id,
                                                  row.published, row.published))
        found.last_reported = row.published or found.last_reported
        outlet = row.outlet or "unknown outlet"
        _add(found.members, seen[key, "members"], members.get((row.article_id, row.id), []))
        _add(found.parties, seen[key, "parties"], parties.get((row.article_id, row.id), []))
        if row.size is not None:
            found.sizes.setdefault(row.size, []).append(outlet)
        if row.occasion:
            found.occasions.setdefault(row.occasion, []).append(outlet)
        found.articles.append(row.article_id)
    return sorted(merged.values(), key=lambda d: d.first_reported or "", reverse=True)


def _add(names: list[str], seen: set, found: list[Named]) -> None:
    """Append the actors of `found` not listed yet; one actor spelt two ways is listed once."""
    for name, canonical_id in found:
        identity = canonical_id if canonical_id is not None else name
        if identity not in seen:
            seen.add(identity)
            names.append(name)
