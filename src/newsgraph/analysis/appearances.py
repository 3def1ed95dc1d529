"""The leadership-watcher's log: each public appearance of a person (an event they took part
in) with date, type, place and who accompanied them, counts per month and type, the companions
seen most, and absences longer than the person's usual rhythm."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from newsgraph.analysis.events import CrossEvent, Window, event_date, load_events
from newsgraph.analysis.parties import actor, canonical_participations
from newsgraph.resolve.names import person_name
from newsgraph.store import Store
from newsgraph.store import schema as t

# An absence is notable when it lasts this many times the person's median gap between appearances,
# and at least MIN_ABSENCE_DAYS (someone seen daily is not "absent" after three days).
ABSENCE_FACTOR = 2.0
MIN_ABSENCE_DAYS = 7


@dataclass(frozen=True)
class Appearance:
    """One appearance: the event's id, day, type, place, and companions as printed, in order."""

    event_id: str
    date: str | None
    type: str
    mode: str | None
    place: str | None
    accompanied_by: list[str]
    reports: int


@dataclass(frozen=True)
class Absence:
    """Days between two appearances (or since the last one, `until` being the store's last day)."""

    since: str
    until: str
    days: int


@dataclass
class Appearances:
    """A person's appearances and what they show."""

    id: int
    name: str
    appearances: list[Appearance]
    by_month: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)
    companions: list[tuple[str, int]] = field(default_factory=list)
    last_seen: str | None = None
    usual_gap_days: float | None = None
    absences: list[Absence] = field(default_factory=list)


def _titles(connection: Connection, article_ids: set[str]) -> dict[tuple[str, str], str]:
    """The first title each article prints for each named actor: (article_id, name) -> title."""
    p, a = t.position, t.actor
    found: dict[tuple[str, str], str] = {}
    ids = sorted(article_ids)
    for i in range(0, len(ids), 500):
        for row in connection.execute(
                sa.select(p.c.article_id, a.c.name, p.c.title)
                .join(a, sa.and_(a.c.article_id == p.c.article_id, a.c.id == p.c.holder))
                .where(p.c.article_id.in_(ids[i:i + 500])).order_by(p.c.ordinal)):
            found.setdefault((row.article_id, row.name), row.title)
    return found


def _companions(event: CrossEvent, canonical_id: int, own_keys: set[str]) -> list[str]:
    """People on the person's side of `event`, in the article's order, themselves left out."""
    def is_self(name: str) -> bool:
        return person_name(name).key in own_keys

    side = next((p.role for p in event.participants
                 if p.canonical_id == canonical_id or any(is_self(m) for m in p.members)), None)
    names: list[str] = []
    for p in event.participants:
        if p.role != side:
            continue
        if p.kind == "person" and p.canonical_id != canonical_id:
            names.append(p.name)
        names.extend(m for m in p.members if not is_self(m))
    return list(dict.fromkeys(names))


def _gaps(days: list[str], until: str | None) -> tuple[float | None, list[Absence]]:
    dates = sorted({date.fromisoformat(d) for d in days})
    gaps = [(b - a).days for a, b in zip(dates, dates[1:])]
    if not gaps:
        return None, []
    usual = statistics.median(gaps)
    threshold = max(ABSENCE_FACTOR * usual, MIN_ABSENCE_DAYS)
    absences = [Absence(a.isoformat(), b.isoformat(), (b - a).days)
                for a, b in zip(dates, dates[1:]) if (b - a).days > threshold]
    if until and (end := date.fromisoformat(until)) > dates[-1] and (end - dates[-1]).days > threshold:
        absences.append(Absence(dates[-1].isoformat(), until, (end - dates[-1]).days))
    return usual, absences


def last_day(connection: Connection) -> str | None:
    """The latest full date of any stored event: "now" for absences."""
    e, a = t.event, t.article
    day = connection.scalar(sa.select(sa.func.max(event_date())).join(a, a.c.id == e.c.article_id))
    return day[:10] if day else None


def appearances(store: Store, name: str, window: Window = Window()) -> Appearances:
    """The appearances of the person `name` names within `window`. Raises NotFound."""
    with store.engine.connect() as connection:
        row = actor(connection, name)
        events = load_events(connection, canonical_participations(row.id), window)
        own_keys = {person_name(n).key for n in connection.scalars(
            sa.select(t.actor.c.name).join(t.actor_link, sa.and_(
                t.actor_link.c.article_id == t.actor.c.article_id, t.actor_link.c.actor_id == t.actor.c.id))
            .where(t.actor_link.c.canonical_id == row.id).distinct())}
        titles = _titles(connection, {m.article_id for e in events for m in e.reports})
        until = window.date_to or last_day(connection)
    log, companions, shown = [], Counter(), defaultdict(str)
    for event in events:
        first = event.reports[0].article_id
        people = _companions(event, row.id, own_keys)
        for person in people:
            key = person_name(person).key
            companions[key] += 1
            shown[key] = shown[key] or person
        log.append(Appearance(event.id, event.date, event.plover, event.mode, event.location,
                              [f"{titles[(first, p)]} {p}" if (first, p) in titles else p for p in people],
                              len(event.reports)))
    days = [a.date[:10] for a in log if a.date and len(a.date) >= 10 and a.date[:4].isdigit()]
    usual, absences = _gaps(days, until)
    return Appearances(
        id=row.id, name=row.name, appearances=log,
        by_month=dict(sorted(Counter(d[:7] for d in days).items())),
        by_type=dict(Counter(a.type for a in log).most_common()),
        companions=[(shown[k], n) for k, n in companions.most_common(10)],
        last_seen=max(days) if days else None, usual_gap_days=usual, absences=absences)


@dataclass(frozen=True)
class Absent:
    """A person not seen at any event for `days` days before the store's last day."""

    id: int
    name: str
    last_seen: str
    days: int
    days_seen: int  # distinct days with at least one appearance


def absent_since(store: Store, days: int, min_days_seen: int = 3) -> list[Absent]:
    """People seen at events on at least `min_days_seen` days but not in the last `days` days
    (counted back from the latest event in the store), longest absent first."""
    p, link, c, e, a = t.event_participant, t.actor_link, t.canonical_actor, t.event, t.article
    # Each (actor, day) once first, so the day expression is computed once per participation and
    # the per-actor aggregate counts plain rows rather than sorting for COUNT(DISTINCT ...).
    days_seen = (sa.select(link.c.canonical_id, event_date().label("day"))
                 .select_from(p)
                 .join(link, sa.and_(link.c.article_id == p.c.article_id, link.c.actor_id == p.c.participant))
                 .join(e, sa.and_(e.c.article_id == p.c.article_id, e.c.id == p.c.event_id))
                 .join(a, a.c.id == e.c.article_id)
                 .where(e.c.negated.is_(False), e.c.hypothetical.is_(False))
                 .distinct().subquery())
    with store.engine.connect() as connection:
        until = last_day(connection)
        if until is None:
            return []
        cutoff = (date.fromisoformat(until) - timedelta(days=days)).isoformat()
        last = sa.func.max(days_seen.c.day).label("last_seen")
        seen = sa.func.count(days_seen.c.day)
        rows = connection.execute(
            sa.select(c.c.id, c.c.name, last, seen.label("n"))
            .join(days_seen, days_seen.c.canonical_id == c.c.id)
            .where(c.c.kind == "person")
            .group_by(c.c.id, c.c.name)
            .having(sa.and_(last < cutoff, seen >= min_days_seen))
            .order_by(last, c.c.id))
        return [Absent(r.id, r.name, r.last_seen, (date.fromisoformat(until) - date.fromisoformat(r.last_seen[:10])).days,
                       r.n) for r in rows]
