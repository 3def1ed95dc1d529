"""The analyst's questions on the command line: `actor`, `actors merge|split|decisions|resolve`,
`timeline`, `delegations`, `protocol`, `coverage`, `search`, `appearances`, `stats`.

Each prints a Rich table, or with `--json` the full answer, or with `--csv` the table's rows.
The logic lives in `newsgraph.analysis` and `newsgraph.resolve`; this module only presents it.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from typing import Any

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.table import Table

from newsgraph.analysis.appearances import absent_since, appearances
from newsgraph.analysis.coverage import event_coverage, story_coverage
from newsgraph.analysis.delegations import delegations
from newsgraph.analysis.events import CrossEvent, Window
from newsgraph.analysis.parties import NotFound
from newsgraph.analysis.profile import profile
from newsgraph.analysis.protocol import protocol
from newsgraph.analysis.search import search
from newsgraph.analysis.stats import stats
from newsgraph.analysis.timeline import timeline
from newsgraph.cli import app
from newsgraph.resolve.lookup import find_actors
from newsgraph.resolve.overrides import merge, split
from newsgraph.resolve.resolver import resolve_article, unresolved_articles
from newsgraph.store import Store
from newsgraph.store import schema as t

DB = typer.Option(None, "--db", envvar="NEWSGRAPH_DB", show_envvar=True,
                  help="Store: a SQLite file path or an SQLAlchemy URL (postgresql+psycopg://...).")
JSON = typer.Option(False, "--json", help="Print the full answer as JSON.")
CSV = typer.Option(False, "--csv", help="Print the table's rows as CSV.")
FROM = typer.Option(None, "--from", help="First day (YYYY-MM-DD).")
TO = typer.Option(None, "--to", help="Last day (YYYY-MM-DD).")

actors_app = typer.Typer(no_args_is_help=True, help="Canonical actors: resolve, merge, split, inspect decisions.")
app.add_typer(actors_app, name="actors")

Row = Sequence[Any]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(v)}" for k, v in value.items())
    return str(value)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def emit(answer: Any, title: str, columns: Sequence[str], rows: Sequence[Row], json_out: bool, csv_out: bool,
         notes: Sequence[str] = ()) -> None:
    """Print `answer` as JSON, or `rows` as CSV, or a Rich table with `notes` under it."""
    if json_out:
        sys.stdout.write(json.dumps(_plain(answer), ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if csv_out:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([_cell(v) for v in row] for row in rows)
        return
    console = Console()
    table = Table(*columns, title=title, title_justify="left")
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    console.print(table)
    for note in notes:
        console.print(note, highlight=False)


def _fail(message: str) -> None:
    Console(stderr=True).print(f"[red]{message}[/red]")
    raise typer.Exit(1)


def _names(participants: Sequence[Any]) -> str:
    return ", ".join(p.name for p in participants)


def _event_rows(events: Sequence[CrossEvent]) -> list[Row]:
    return [(e.id, e.date, e.plover, e.mode, _names(e.sources), _names(e.targets), e.location,
             sorted({m.outlet or "?" for m in e.reports}), len(e.reports)) for e in events]


EVENT_COLUMNS = ("event", "date", "type", "mode", "source", "target", "place", "outlets", "reports")


@app.command("actor")
def actor_command(name: str = typer.Argument(..., help="A name in any spelling, or #id."),
                  db: str = DB, json_out: bool = JSON, csv_out: bool = CSV) -> None:
    """Profile of an actor: posts over time, conflicts, events, counterparts, quotes, sources."""
    with Store(db) as store:
        try:
            found = profile(store, name)
        except NotFound as exc:
            _fail(str(exc))
    rows = [(p.title, p.country, p.first_seen, p.last_seen, p.reports, p.outlets, p.former_on) for p in found.posts]
    notes = [
        f"[bold]{found.name}[/bold] (#{found.id}, {found.kind}, {found.country or 'country unknown'}) · "
        f"{found.articles} articles · first seen {found.first_seen or 'undated'} · "
        f"last seen {found.last_seen or 'undated'}",
        f"names: {_cell(found.names)}",
        f"events by type: {_cell(found.events_by_type)}",
        f"counterparts: {_cell([f'{n} ({k})' for n, k in found.counterparts])}",
        f"groups: {_cell(found.groups)}",
        f"sources: {_cell(found.sources)}",
        *(f"[yellow]conflict[/yellow] {c.post}: {c.what} ({', '.join(c.sources)})" for c in found.conflicts),
        *(f"quote ({q.published or 'undated'}, {q.outlet or 'outlet unknown'}): “{' '.join(q.text.split())}”"
          for q in found.quotes),
    ]
    emit(found, "Posts", ("post", "country", "first seen", "last seen", "reports", "outlets", "former on"),
         rows, json_out, csv_out, notes)


@actors_app.command("list")
def actors_list_command(name: str = typer.Argument(..., help="A name in any spelling, a family name, or #id."),
                        db: str = DB, json_out: bool = JSON, csv_out: bool = CSV) -> None:
    """Canonical actors a name answers to, most mentioned first."""
    with Store(db) as store, store.engine.connect() as connection:
        found = [dict(row._mapping) for row in find_actors(connection, name)]
    emit(found, f"Actors called {name}", ("id", "name", "kind", "country", "links"),
         [(f["id"], f["name"], f["kind"], f["country"], f["links"]) for f in found], json_out, csv_out)


@actors_app.command("decisions")
def decisions_command(name: str = typer.Argument(..., help="A name or #id."), db: str = DB,
                      json_out: bool = JSON, csv_out: bool = CSV) -> None:
    """Every merge decision about an actor, with its reason, who took it and when."""
    d, a = t.merge_decision, t.actor
    with Store(db) as store, store.engine.connect() as connection:
        found = find_actors(connection, name)
        if not found:
            _fail(f"no actor in the store is called {name!r}")
        rows = [dict(row._mapping) for row in connection.execute(
            sa.select(d.c.id, d.c.decided_at, d.c.decided_by, d.c.outcome, d.c.score, a.c.name, d.c.article_id,
                      d.c.reason)
            .outerjoin(a, sa.and_(a.c.article_id == d.c.article_id, a.c.id == d.c.actor_id))
            .where(d.c.canonical_id == found[0].id).order_by(d.c.id))]
    emit(rows, f"Decisions about {found[0].name} (#{found[0].id})",
         ("#", "when", "by", "outcome", "score", "name", "article", "reason"),
         [(r["id"], r["decided_at"], r["decided_by"], r["outcome"], r["score"], r["name"],
           (r["article_id"] or "")[:12], r["reason"]) for r in rows], json_out, csv_out)


@actors_app.command("merge")
def merge_command(keep: str = typer.Argument(..., help="The actor to keep (name or #id)."),
                  absorb: str = typer.Argument(..., help="The actor merged into it (name or #id)."),
                  db: str = DB) -> None:
    """Force two canonical actors into one; recorded as a user decision."""
    with Store(db) as store:
        with store.engine.connect() as connection:
            kept, absorbed = find_actors(connection, keep), find_actors(connection, absorb)
        if not kept or not absorbed:
            _fail(f"no actor in the store is called {keep if not kept else absorb!r}")
        try:
            moved = merge(store, kept[0].id, absorbed[0].id)
        except ValueError as exc:
            _fail(str(exc))
    Console().print(f"merged {absorbed[0].name} (#{absorbed[0].id}) into {kept[0].name} (#{kept[0].id}): "
                    f"{moved} mentions moved")


@actors_app.command("split")
def split_command(name: str = typer.Argument(..., help="The actor to split (name or #id)."),
                  names: list[str] = typer.Option(None, "--name", help="A name to split off (repeatable); "
                                                  "default: every name but the actor's own."),
                  db: str = DB) -> None:
    """Split names off a canonical actor, and keep them apart in later resolution."""
    with Store(db) as store:
        with store.engine.connect() as connection:
            found = find_actors(connection, name)
        if not found:
            _fail(f"no actor in the store is called {name!r}")
        try:
            created = split(store, found[0].id, names or None)
        except ValueError as exc:
            _fail(str(exc))
    Console().print(f"split {len(created)} name(s) off {found[0].name} (#{found[0].id}): "
                    + ", ".join(f"#{i}" for i in created))


@actors_app.command("resolve")
def resolve_command(db: str = DB) -> None:
    """Link the actors of every stored article not yet resolved to canonical actors."""
    with Store(db) as store:
        pending = unresolved_articles(store)
        links = [link for article_id in pending for link in resolve_article(store, article_id)]
    new = sum(1 for link in links if link.outcome == "new")
    Console().print(f"resolved {len(links)} actors in {len(pending)} articles: "
                    f"{len(links) - new} linked to known actors, {new} new")


@app.command("timeline")
def timeline_command(a: str = typer.Argument(..., help="A state (PRK, North Korea) or an actor's name."),
                     b: str = typer.Argument(..., help="Another state or actor."),
                     date_from: str = FROM, date_to: str = TO,
                     types: list[str] = typer.Option(None, "--type", help="PLOVER type (repeatable)."),
                     db: str = DB, json_out: bool = JSON, csv_out: bool = CSV) -> None:
    """Events between two actors or states, one row per event however many articles reported it."""
    with Store(db) as store:
        try:
            found = timeline(store, a, b, Window(date_from, date_to, tuple(types or ())))
        except NotFound as exc:
            _fail(str(exc))
    emit(found, f"{found.a.label} – {found.b.label}: {len(found.events)} events", EVENT_COLUMNS,
         _event_rows(found.events), json_out, csv_out)


@app.command("delegations")
def delegations_command(to: str = typer.Option(None, "--to", help="Host state (ISO3 or name)."),
                        from_: str = typer.Option(None, "--from", help="Sending state (ISO3 or name)."),
                        db: str = DB, json_out: bool = JSON, csv_out: bool = CSV) -> None:
    """Delegations with size, leader, members, parties, occasion and dates; disagreements shown."""
    with Store(db) as store:
        found = delegations(store, to=to, from_=from_)
    rows = [(d.first_reported, d.last_reported, d.country, d.host, d.leader,
             [f"{size} ({', '.join(outlets)})" for size, outlets in d.sizes.items()], d.members, d.parties,
             list(d.occasions), d.conflicts, len(d.articles)) for d in found]
    emit(found, "Delegations", ("first", "last", "from", "to", "leader", "size", "members", "parties",
                                "occasion", "conflicts", "reports"), rows, json_out, csv_out)


@app.command("protocol")
def protocol_command(occasion: str = typer.Argument(None, help="Words of the occasion."),
                     actor_name: str = typer.Option(None, "--actor", help="An actor whose ranks to list."),
                     db: str = DB, json_out: bool = JSON, csv_out: bool = CSV) -> None:
    """Protocol order: ranked lists for an occasion, or the ranks an actor held."""
    if not occasion and not actor_name:
        _fail("give an OCCASION or --actor NAME")
    with Store(db) as store:
        try:
            found = protocol(store, occasion, actor_name)
        except NotFound as exc:
            _fail(str(exc))
    rows = [(r.published, r.outlet, r.occasion, r.rank, [f"{i}. {n}" for i, n in enumerate(r.order, 1)])
            for r in found]
    emit(found, "Protocol", ("published", "outlet", "occasion", "rank", "order"), rows, json_out, csv_out)


@app.command("coverage")
def coverage_command(event: str = typer.Argument(None, help="An event id as the timeline prints it."),
                     query: str = typer.Option(None, "--query", help="Words of a story instead of an event."),
                     date_from: str = FROM, date_to: str = TO,
                     db: str = DB, json_out: bool = JSON, csv_out: bool = CSV) -> None:
    """Which outlets (countries, state or independent) reported an event or story; copies; silence."""
    if not event and not query:
        _fail("give an EVENT id or --query TEXT")
    with Store(db) as store:
        try:
            found = event_coverage(store, event) if event else story_coverage(store, query, Window(date_from, date_to))
        except NotFound as exc:
            _fail(str(exc))
    rows = [(o.outlet, o.country, o.ownership, o.first, o.last, o.reports, o.copies) for o in found.outlets]
    notes = [f"independent outlets by country (copies left out): {_cell(found.independent_by_country) or 'none'}",
             f"silent (published nearby, not this): {_cell(found.silent) or 'none'}"]
    emit(found, f"Coverage of {found.subject}", ("outlet", "country", "ownership", "first", "last", "reports",
                                                 "copies"), rows, json_out, csv_out, notes)


@app.command("search")
def search_command(text: str = typer.Argument(...), limit: int = typer.Option(20, "--limit", min=1),
                   date_from: str = FROM, date_to: str = TO,
                   db: str = DB, json_out: bool = JSON, csv_out: bool = CSV) -> None:
    """Full-text search over stored articles."""
    with Store(db) as store:
        found = search(store, text, limit, Window(date_from, date_to))
    emit(found, f"Articles matching {text!r}", ("id", "published", "outlet", "title", "snippet"),
         [(h.article_id[:12], h.published, h.outlet, h.title, h.snippet) for h in found], json_out, csv_out)


@app.command("appearances")
def appearances_command(name: str = typer.Argument(None, help="A person's name in any spelling, or #id."),
                        date_from: str = FROM, date_to: str = TO,
                        absent: int = typer.Option(None, "--absent-since", min=1,
                                                   help="List everyone not seen for this many days."),
                        db: str = DB, json_out: bool = JSON, csv_out: bool = CSV) -> None:
    """A person's public appearances with companions, rhythm and absences; or who is absent."""
    if absent is None and not name:
        _fail("give a NAME or --absent-since DAYS")
    with Store(db) as store:
        if absent is not None:
            gone = absent_since(store, absent)
            emit(gone, f"Not seen for {absent}+ days", ("id", "name", "last seen", "days", "days seen"),
                 [(g.id, g.name, g.last_seen, g.days, g.days_seen) for g in gone], json_out, csv_out)
            return
        try:
            log = appearances(store, name, Window(date_from, date_to))
        except NotFound as exc:
            _fail(str(exc))
    rows = [(a.date, a.type, a.mode, a.place, a.accompanied_by, a.reports) for a in log.appearances]
    notes = [f"per month: {_cell(log.by_month)}", f"per type: {_cell(log.by_type)}",
             f"accompanied most by: {_cell([f'{n} ({k})' for n, k in log.companions])}",
             f"last seen {log.last_seen}; usual gap {log.usual_gap_days} days",
             *(f"[yellow]absent[/yellow] {a.since} → {a.until} ({a.days} days)" for a in log.absences)]
    emit(log, f"Appearances of {log.name}", ("date", "type", "mode", "place", "accompanied by", "reports"),
         rows, json_out, csv_out, notes)


@app.command("stats")
def stats_command(date_from: str = FROM, date_to: str = TO,
                  db: str = DB, json_out: bool = JSON, csv_out: bool = CSV) -> None:
    """Counts: articles by outlet and month, events (once each) by type and month."""
    with Store(db) as store:
        found = stats(store, Window(date_from, date_to))
    rows = [("articles by outlet", k, v) for k, v in found.articles_by_outlet.items()]
    rows += [("articles by month", k, v) for k, v in found.articles_by_month.items()]
    rows += [("events by type", k, v) for k, v in found.events_by_type.items()]
    rows += [("events by month", k, v) for k, v in found.events_by_month.items()]
    notes = [f"{found.articles} articles ({found.copies} copies) · {found.actors} actors · "
             f"{found.events} events from {found.event_reports} reports"]
    emit(found, "Counts", ("count", "of", "n"), rows, json_out, csv_out, notes)
