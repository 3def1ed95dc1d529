"""A user's corrections to actor resolution, kept as data: force a merge, or split one apart.

`merge` moves every link of one canonical actor to another and marks the absorbed one
`merged_into`; `split` gives chosen names (by default every name but the actor's own) canonical
actors of their own and records that they stay apart, so later articles are not linked back.
Both write an `actor_override` row and a `merge_decision` row per moved link.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from newsgraph.resolve.resolver import name_key
from newsgraph.store import Store
from newsgraph.store import schema as t

USER = "user"


def _canonical(connection: Connection, canonical_id: int) -> sa.Row:
    row = connection.execute(sa.select(t.canonical_actor).where(t.canonical_actor.c.id == canonical_id)).first()
    if row is None:
        raise KeyError(canonical_id)
    return row


def merge(store: Store, keep: int, absorb: int, decided_by: str = USER) -> int:
    """Make canonical actor `absorb` part of `keep`; returns how many links moved.

    Raises KeyError for an unknown id and ValueError for merging an actor into itself or across kinds.
    """
    now = datetime.now(UTC)
    with store.engine.begin() as connection:
        kept, absorbed = _canonical(connection, keep), _canonical(connection, absorb)
        if keep == absorb or kept.kind != absorbed.kind:
            raise ValueError(f"cannot merge {absorbed.name!r} ({absorbed.kind}) into {kept.name!r} ({kept.kind})")
        link = t.actor_link
        moved = list(connection.execute(sa.select(link.c.article_id, link.c.actor_id)
                                        .where(link.c.canonical_id == absorb)))
        connection.execute(link.update().where(link.c.canonical_id == absorb)
                           .values(canonical_id=keep, decided_by=decided_by))
        connection.execute(t.canonical_actor.update().where(t.canonical_actor.c.id == absorb)
                           .values(merged_into=keep))
        # A merge overrides earlier splits between the two.
        connection.execute(t.actor_override.delete().where(
            t.actor_override.c.action == "split", t.actor_override.c.canonical_id.in_([keep, absorb]),
            t.actor_override.c.other_id.in_([keep, absorb])))
        connection.execute(t.actor_override.insert().values(
            action="merge", canonical_id=keep, other_id=absorb, decided_by=decided_by, decided_at=now))
        reason = f"{decided_by} merged {absorbed.name!r} (#{absorb}) into {kept.name!r} (#{keep})"
        if moved:
            connection.execute(t.merge_decision.insert(), [
                dict(article_id=row.article_id, actor_id=row.actor_id, canonical_id=keep, outcome="merged",
                     score=100.0, reason=reason, decided_by=decided_by, decided_at=now) for row in moved])
    return len(moved)


def split(store: Store, canonical_id: int, names: list[str] | None = None, decided_by: str = USER) -> list[int]:
    """Give each distinct name of canonical actor `canonical_id` among `names` (default: every
    name whose key differs from the actor's own name) a canonical actor of its own, kept apart
    from this one from now on. Returns the new canonical ids, one per name key split off.
    Raises KeyError for an unknown id and ValueError when `names` holds the actor's own name."""
    now = datetime.now(UTC)
    with store.engine.begin() as connection:
        original = _canonical(connection, canonical_id)
        link = t.actor_link
        own = name_key(original.name, original.kind)
        if names is not None:
            keys = {name_key(n, original.kind) for n in names}
            if own in keys:
                raise ValueError(f"{original.name!r} is the actor's own name: split other names off it")
        else:
            keys = set(connection.scalars(sa.select(link.c.name_key).where(link.c.canonical_id == canonical_id)))
            keys.discard(own)
        created = []
        for key in sorted(keys):
            rows = list(connection.execute(sa.select(link.c.article_id, link.c.actor_id, t.actor.c.name)
                                           .join(t.actor, sa.and_(t.actor.c.article_id == link.c.article_id,
                                                                  t.actor.c.id == link.c.actor_id))
                                           .where(link.c.canonical_id == canonical_id, link.c.name_key == key)
                                           .order_by(link.c.article_id)))
            if not rows:
                continue
            new_id = connection.execute(t.canonical_actor.insert().values(
                name=rows[0].name, kind=original.kind, country=original.country,
                created_at=now)).inserted_primary_key[0]
            connection.execute(link.update().where(link.c.canonical_id == canonical_id, link.c.name_key == key)
                               .values(canonical_id=new_id, decided_by=decided_by))
            connection.execute(t.actor_override.insert().values(
                action="split", canonical_id=canonical_id, other_id=new_id, name_key=key,
                decided_by=decided_by, decided_at=now))
            reason = f"{decided_by} split {rows[0].name!r} off {original.name!r} (#{canonical_id})"
            connection.execute(t.merge_decision.insert(), [
                dict(article_id=row.article_id, actor_id=row.actor_id, canonical_id=new_id, outcome="split",
                     score=100.0, reason=reason, decided_by=decided_by, decided_at=now) for row in rows])
            created.append(new_id)
    return created
