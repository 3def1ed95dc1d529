"""Who a question is about: a state ("PRK", "North Korea") or a canonical actor ("Kim Jong-un"),
and which event participants stand for it."""

from __future__ import annotations

from dataclasses import dataclass

import pycountry
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from newsgraph.extract.states import code_of, name_of
from newsgraph.resolve.lookup import find_actors
from newsgraph.store import schema as t


class NotFound(LookupError):
    """Nothing in the store answers to the name a question gave."""


@dataclass(frozen=True)
class Party:
    """One side of a question: a state (`state` set) or a canonical actor (`canonical_id` set)."""

    label: str
    state: str | None = None
    canonical_id: int | None = None


def state_code(text: str) -> str | None:
    """ISO3 code of `text` when it names a state: "PRK", "North Korea", "DPRK"; else None."""
    stripped = text.strip()
    if len(stripped) == 3 and stripped.isalpha() and stripped.isupper():
        return stripped if pycountry.countries.get(alpha_3=stripped) else None
    return code_of(stripped)


def actor(connection: Connection, text: str) -> sa.Row:
    """The canonical actor `text` names (the most mentioned when several do). Raises NotFound."""
    found = find_actors(connection, text)
    if not found:
        raise NotFound(f"no actor in the store is called {text!r}")
    return found[0]


def party(connection: Connection, text: str) -> Party:
    """A state when `text` names one, else the canonical actor it names. Raises NotFound."""
    code = state_code(text)
    if code:
        return Party(label=name_of(code), state=code)
    row = actor(connection, text)
    return Party(label=row.name, canonical_id=row.id)


def _canonical_branches(canonical_id: int) -> list[sa.Select]:
    """(article_id, event_id) of events the canonical actor took part in: named as a participant,
    or leading or belonging to a group that is one (one select each)."""
    p, link, g, m = t.event_participant, t.actor_link, t.actor_group, t.group_member
    mine = link.c.canonical_id == canonical_id
    direct = (sa.select(p.c.article_id, p.c.event_id)
              .join(link, sa.and_(link.c.article_id == p.c.article_id, link.c.actor_id == p.c.participant))
              .where(mine))
    as_member = (sa.select(p.c.article_id, p.c.event_id)
                 .join(m, sa.and_(m.c.article_id == p.c.article_id, m.c.group_id == p.c.participant))
                 .join(link, sa.and_(link.c.article_id == m.c.article_id, link.c.actor_id == m.c.actor_id))
                 .where(mine))
    as_leader = (sa.select(p.c.article_id, p.c.event_id)
                 .join(g, sa.and_(g.c.article_id == p.c.article_id, g.c.id == p.c.participant))
                 .join(link, sa.and_(link.c.article_id == g.c.article_id, link.c.actor_id == g.c.leader))
                 .where(mine))
    return [direct, as_member, as_leader]


def canonical_participations(canonical_id: int) -> sa.CompoundSelect:
    """(article_id, event_id) of events the canonical actor took part in, as a participant or
    through a group (delegation) they led or belonged to."""
    return sa.union(*_canonical_branches(canonical_id))


def _state_branches(code: str) -> list[sa.Select]:
    """(article_id, event_id) of events with a participant of state `code`: the state itself, one
    of its people or bodies (by the article's country for them, else their canonical actor's), or
    a group (delegation) from it (one select each)."""
    p, a, g, link, c = t.event_participant, t.actor, t.actor_group, t.actor_link, t.canonical_actor
    by_actor = (sa.select(p.c.article_id, p.c.event_id)
                .join(a, sa.and_(a.c.article_id == p.c.article_id, a.c.id == p.c.participant))
                .where(a.c.country == code))
    by_canonical = (sa.select(p.c.article_id, p.c.event_id)
                    .join(link, sa.and_(link.c.article_id == p.c.article_id, link.c.actor_id == p.c.participant))
                    .join(c, c.c.id == link.c.canonical_id)
                    .join(a, sa.and_(a.c.article_id == link.c.article_id, a.c.id == link.c.actor_id))
                    .where(c.c.country == code, a.c.country.is_(None)))
    by_group = (sa.select(p.c.article_id, p.c.event_id)
                .join(g, sa.and_(g.c.article_id == p.c.article_id, g.c.id == p.c.participant))
                .where(g.c.country == code))
    return [by_actor, by_canonical, by_group]


def _branches(side: Party) -> list[sa.Select]:
    if side.state:
        return _state_branches(side.state)
    if side.canonical_id is None:
        raise ValueError(f"{side.label!r} is neither a state nor a canonical actor")
    return _canonical_branches(side.canonical_id)


def participations(side: Party) -> sa.CompoundSelect:
    """(article_id, event_id) of the events `side` took part in."""
    return sa.union(*_branches(side))


def takes_part(side: Party) -> sa.ColumnElement[bool]:
    """A condition on `event` rows: `side` took part in the event. Correlated, so a query that
    reaches events another way (by date, by another side) checks each through the keys."""
    p = t.event_participant
    on_event = (p.c.article_id == t.event.c.article_id, p.c.event_id == t.event.c.id)
    return sa.or_(*(branch.where(*on_event).exists() for branch in _branches(side)))
