"""Finding canonical actors by what an analyst types: "#12", "Kim Jong-un", "Gorbachev"."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from newsgraph.extract.names import fold
from newsgraph.resolve.names import NameRelation, compare_names, person_name
from newsgraph.store import schema as t


def find_actors(connection: Connection, text: str) -> list[sa.Row]:
    """Canonical actors `text` names, most linked first: an id ("#12"), a name in any of its
    spellings, or a family name ("Zyuganov") when nothing is named in full. Merged-away actors
    are followed to the actor they were merged into."""
    c, link = t.canonical_actor, t.actor_link
    ids = _ids(connection, text)
    counts = (sa.select(link.c.canonical_id, sa.func.count().label("links"))
              .where(link.c.canonical_id.in_(ids)).group_by(link.c.canonical_id).subquery())
    query = (sa.select(c, sa.func.coalesce(counts.c.links, 0).label("links"))
             .outerjoin(counts, counts.c.canonical_id == c.c.id)
             .where(c.c.id.in_(ids)).order_by(sa.desc("links"), c.c.id))
    return list(connection.execute(query))


def _ids(connection: Connection, text: str) -> set[int]:
    c, link = t.canonical_actor, t.actor_link
    stripped = text.strip().lstrip("#")
    if stripped.isdigit():
        found = {int(stripped)}
    else:
        name = person_name(text)
        keys = {name.key, fold(text)} - {""}
        found = set(connection.scalars(sa.select(link.c.canonical_id).where(link.c.name_key.in_(keys)).distinct()))
        if not found:
            # Not named in full anywhere: names sharing the family name that are its variants.
            rows = connection.execute(sa.select(link.c.canonical_id, link.c.name_key)
                                      .where(link.c.block == name.family).distinct())
            found = {row.canonical_id for row in rows
                     if compare_names(name, person_name(row.name_key)) is not NameRelation.different}
    # Follow merges: an absorbed actor's links live on in the actor it was merged into.
    for _ in range(8):
        merged = dict(connection.execute(sa.select(c.c.id, c.c.merged_into)
                                         .where(c.c.id.in_(found), c.c.merged_into.is_not(None))).all())
        if not merged:
            break
        found = (found - merged.keys()) | set(merged.values())
    return found
