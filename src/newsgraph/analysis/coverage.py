"""Coverage: which outlets (and their countries, state or independent) reported an event or a
story, when first and last, which reports are syndicated copies, and which active outlets were
silent."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa

from newsgraph.analysis.events import CrossEvent, Report, Window, event_date, load_events
from newsgraph.analysis.outlets import Outlet, outlets
from newsgraph.analysis.parties import NotFound
from newsgraph.analysis.search import search
from newsgraph.store import Store
from newsgraph.store import schema as t

# Outlets that published anything this many days either side of the coverage, yet not it, were silent.
SILENCE_MARGIN_DAYS = 3


@dataclass
class OutletCoverage:
    """One outlet's reports: how many, when, and how many were copies of another outlet's story."""

    outlet: str
    country: str | None
    ownership: str | None
    first: str | None
    last: str | None
    reports: int = 0
    copies: int = 0


@dataclass
class Coverage:
    """Who covered `subject`. `independent_by_country` counts outlets not run by a state, per
    country, with syndicated copies left out; `silent` lists outlets active at the time that did not."""

    subject: str
    event: CrossEvent | None
    outlets: list[OutletCoverage] = field(default_factory=list)
    independent_by_country: dict[str, int] = field(default_factory=dict)
    silent: list[str] = field(default_factory=list)


def _describe(name: str | None, url: str | None) -> tuple[str, Outlet | None]:
    found = outlets().find(name, url)
    return (found.name if found else name or "unknown outlet"), found


def _coverage(subject: str, event: CrossEvent | None, reports: list[Report], active: list[sa.Row]) -> Coverage:
    result = Coverage(subject, event)
    by_outlet: dict[str, OutletCoverage] = {}
    independent: dict[str, set[str]] = defaultdict(set)
    for report in sorted(reports, key=lambda m: m.published or ""):
        name, known = _describe(report.outlet, report.url)
        row = by_outlet.setdefault(name, OutletCoverage(name, known.country if known else None,
                                                        known.ownership if known else None,
                                                        report.published, report.published))
        row.last = report.published or row.last
        row.reports += 1
        if report.duplicate_of:
            row.copies += 1
        elif known and known.independent and known.country:
            independent[known.country].add(name)
    result.outlets = sorted(by_outlet.values(), key=lambda o: (o.first or "", o.outlet))
    result.independent_by_country = {country: len(names) for country, names in sorted(independent.items())}
    reporting = set(by_outlet)
    result.silent = sorted({name for name, _ in (_describe(r.outlet, r.url) for r in active)} - reporting)
    return result


def _active(connection: sa.Connection, reports: list[Report]) -> list[sa.Row]:
    """One article per outlet that published around the reports' dates."""
    days = sorted(r.published for r in reports if r.published)
    if not days:
        return []
    margin = timedelta(days=SILENCE_MARGIN_DAYS)
    start = (date.fromisoformat(days[0][:10]) - margin).isoformat()
    end = (date.fromisoformat(days[-1][:10]) + margin).isoformat()
    a = t.article
    return list(connection.execute(sa.select(a.c.outlet, sa.func.min(a.c.url).label("url"))
                                   .where(a.c.published.between(start, end), a.c.outlet.is_not(None))
                                   .group_by(a.c.outlet)))


def event_coverage(store: Store, event_id: str) -> Coverage:
    """Coverage of the event `event_id` ("<article id or its start>/<event id>") across every
    article that reported it. Raises NotFound when no such event is stored."""
    prefix, _, local = event_id.partition("/")
    e, a = t.event, t.article
    with store.engine.connect() as connection:
        found = connection.execute(
            sa.select(e.c.article_id, e.c.id, e.c.plover, event_date().label("day"))
            .join(a, a.c.id == e.c.article_id)
            .where(e.c.article_id.startswith(prefix.lower(), autoescape=True), e.c.id == local).limit(2)).all()
        if len(found) != 1:
            raise NotFound(f"{'no' if not found else 'more than one'} stored event is {event_id!r}")
        row = found[0]
        # The event's cluster: events of the same day and type, merged by participants.
        # (Spelt out rather than `event_date() == day` so the indexes on event.date and
        # article.published serve it.)
        undated = sa.or_(e.c.date.is_(None), e.c.date.not_like("____-__-__"))
        same_day = (sa.select(e.c.article_id, e.c.id.label("event_id")).join(a, a.c.id == e.c.article_id)
                    .where(e.c.plover == row.plover,
                           sa.or_(e.c.date == row.day, sa.and_(a.c.published == row.day, undated))))
        cluster = next(ev for ev in load_events(connection, same_day)
                       if any(m.article_id == row.article_id and m.event_id == row.id for m in ev.reports))
        return _coverage(event_id, cluster, cluster.reports, _active(connection, cluster.reports))


def story_coverage(store: Store, text: str, window: Window = Window()) -> Coverage:
    """Coverage of the articles that full-text search finds for `text`."""
    hits = search(store, text, limit=1000, window=window)
    reports = [Report(h.article_id, "", h.outlet, h.url, h.published, h.duplicate_of, None, None)
               for h in {h.article_id: h for h in hits}.values()]
    with store.engine.connect() as connection:
        return _coverage(text, None, reports, _active(connection, reports))
