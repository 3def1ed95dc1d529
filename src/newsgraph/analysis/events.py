"""Events across articles: the same meeting reported by several outlets is one event with many
reports (like the mentions of GDELT's Mentions table), so counts are of events, not of articles.

As in GDELT, two event rows are one event when they have the same day, the same PLOVER type and
the same participants, each participant counted by its country (a person's, a delegation's, a
state's own) or, lacking one, by its canonical actor. Reports that word one meeting differently
("Kim received Shoigu", "Shoigu held talks with Kim", "Kim met the Russian delegation") so
agree. An event without a date of its own takes its article's publication date; one with
neither is never merged.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from newsgraph.store import schema as t


@dataclass(frozen=True)
class Window:
    """Filters on events: a date range (inclusive, ISO dates) and PLOVER types."""

    date_from: str | None = None
    date_to: str | None = None
    types: tuple[str, ...] = ()


@dataclass(frozen=True)
class Participant:
    """An event's participant as its article names it, with what it resolved to."""

    role: str  # source|target
    local_id: str  # the actor or group id within its article
    name: str
    kind: str
    country: str | None
    canonical_id: int | None
    members: tuple[str, ...] = ()  # a group's members, in the article's order


@dataclass(frozen=True)
class Report:
    """One report of an event: the article, its outlet and date, and the words it used."""

    article_id: str
    event_id: str
    outlet: str | None
    url: str | None
    published: str | None
    duplicate_of: str | None
    verb: str | None
    date_text: str | None


@dataclass
class CrossEvent:
    """One event across every article that reported it."""

    id: str  # "<article id prefix>/<event id>" of its first report
    date: str | None
    plover: str
    mode: str | None
    location: str | None
    sources: list[Participant]
    targets: list[Participant]
    reports: list[Report] = field(default_factory=list)

    @property
    def participants(self) -> list[Participant]:
        return self.sources + self.targets


def event_date(e: sa.Table = t.event, a: sa.Table = t.article) -> sa.ColumnElement:
    """An event's day: its own date when the article gives a full one, else the publication date."""
    return sa.case((e.c.date.like("____-__-__"), e.c.date), else_=a.c.published)


def within(window: Window, e: sa.Table = t.event, a: sa.Table = t.article) -> list[sa.ColumnElement[bool]]:
    """Conditions for events whose day (see `event_date`) falls in `window`'s dates, written so
    the indexes on event.date and article.published serve them."""
    undated = sa.or_(e.c.date.is_(None), e.c.date.not_like("____-__-__"))
    low, high = window.date_from or "0000", window.date_to or "9999"
    if not window.date_from and not window.date_to:
        return []
    return [sa.or_(e.c.date.between(low, high) & e.c.date.like("____-__-__"),
                   undated & a.c.published.between(low, high))]


def _window_pairs(window: Window) -> sa.CompoundSelect:
    """(article_id, event_id) of the events in `window`'s dates: dated ones by event.date, the
    others by their article's publication date (one index each, where one OR would scan)."""
    e, a = t.event, t.article
    low, high = window.date_from or "0000", window.date_to or "9999"
    dated = sa.select(e.c.article_id, e.c.id.label("event_id")).where(e.c.date.between(low, high))
    undated = (sa.select(e.c.article_id, e.c.id.label("event_id")).join(a, a.c.id == e.c.article_id)
               .where(a.c.published.between(low, high), sa.or_(e.c.date.is_(None), e.c.date.not_like("____-__-__"))))
    return sa.union(dated, undated)


def load_events(connection: Connection, pairs: sa.Select | sa.CompoundSelect | None, window: Window = Window(),
                where: tuple[sa.ColumnElement[bool], ...] = ()) -> list[CrossEvent]:
    """The events among `pairs` ((article_id, event_id) rows; None for all) that pass `window`
    and the conditions `where`, merged across articles, in date order."""
    e, a = t.event, t.article
    day = event_date().label("day")
    query = (sa.select(e.c.article_id, e.c.id, e.c.plover, e.c.mode, e.c.verb, e.c.date_text, e.c.location,
                       day, a.c.outlet, a.c.url, a.c.published, a.c.duplicate_of)
             .join(a, a.c.id == e.c.article_id)
             .where(e.c.negated.is_(False), e.c.hypothetical.is_(False)))
    if pairs is None and (window.date_from or window.date_to):
        pairs = _window_pairs(window)
    if pairs is not None:
        chosen = pairs.subquery()
        query = query.join(chosen, sa.and_(chosen.c.article_id == e.c.article_id, chosen.c.event_id == e.c.id))
    query = query.where(*within(window), *where)
    if window.types:
        query = query.where(e.c.plover.in_([x.upper() for x in window.types]))
    query = query.order_by(day.nulls_last(), a.c.published, e.c.article_id, e.c.ordinal)
    rows = list(connection.execute(query))
    people = _participants(connection, {row.article_id for row in rows})
    merged: dict[tuple, CrossEvent] = {}
    for row in rows:
        cast = people.get((row.article_id, row.id), [])
        # Without a day nothing ties two reports to one occasion: an undated event stays alone.
        key = (row.day or f"{row.article_id}/{row.id}", row.plover, frozenset(_identity(p) for p in cast))
        event = merged.get(key)
        if event is None:
            event = merged[key] = CrossEvent(
                id=f"{row.article_id[:12]}/{row.id}", date=row.day, plover=row.plover, mode=row.mode,
                location=row.location, sources=[p for p in cast if p.role == "source"],
                targets=[p for p in cast if p.role == "target"])
        event.location = event.location or row.location
        event.reports.append(Report(row.article_id, row.id, row.outlet, row.url, row.published,
                                      row.duplicate_of, row.verb, row.date_text))
    return list(merged.values())


def _identity(p: Participant) -> tuple[str, str]:
    if p.country:
        return ("country", p.country)
    if p.canonical_id is not None:
        return ("actor", str(p.canonical_id))
    return ("name", p.name.casefold())


def _participants(connection: Connection, article_ids: set[str]) -> dict[tuple[str, str], list[Participant]]:
    """Every participant of the events of `article_ids`, by (article_id, event_id), in order."""
    if not article_ids:
        return {}
    p, a, g, link, c = t.event_participant, t.actor, t.actor_group, t.actor_link, t.canonical_actor
    found: dict[tuple[str, str], list[Participant]] = defaultdict(list)
    members = _group_members(connection, article_ids)
    for chunk in _chunks(sorted(article_ids)):
        query = (sa.select(p.c.article_id, p.c.event_id, p.c.role, p.c.participant,
                           a.c.name, a.c.kind, sa.func.coalesce(a.c.country, c.c.country).label("country"),
                           link.c.canonical_id,
                           g.c.name.label("group_name"), g.c.country.label("group_country"))
                 .outerjoin(a, sa.and_(a.c.article_id == p.c.article_id, a.c.id == p.c.participant))
                 .outerjoin(link, sa.and_(link.c.article_id == p.c.article_id, link.c.actor_id == p.c.participant))
                 .outerjoin(c, c.c.id == link.c.canonical_id)
                 .outerjoin(g, sa.and_(g.c.article_id == p.c.article_id, g.c.id == p.c.participant))
                 .where(p.c.article_id.in_(chunk)).order_by(p.c.article_id, p.c.event_id, p.c.ordinal))
        for row in connection.execute(query):
            if row.name is not None:
                person = Participant(row.role, row.participant, row.name, row.kind, row.country, row.canonical_id)
            else:
                person = Participant(row.role, row.participant, row.group_name or row.participant, "group",
                                     row.group_country, None, members.get((row.article_id, row.participant), ()))
            found[(row.article_id, row.event_id)].append(person)
    return found


def _group_members(connection: Connection, article_ids: set[str]) -> dict[tuple[str, str], tuple[str, ...]]:
    m, a = t.group_member, t.actor
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for chunk in _chunks(sorted(article_ids)):
        query = (sa.select(m.c.article_id, m.c.group_id, a.c.name)
                 .join(a, sa.and_(a.c.article_id == m.c.article_id, a.c.id == m.c.actor_id))
                 .where(m.c.article_id.in_(chunk)).order_by(m.c.article_id, m.c.group_id, m.c.ordinal))
        for row in connection.execute(query):
            found[(row.article_id, row.group_id)].append(row.name)
    return {key: tuple(names) for key, names in found.items()}


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    """Bound the parameters of one IN (...) list (SQLite allows a limited number)."""
    return [items[i:i + size] for i in range(0, len(items), size)]
