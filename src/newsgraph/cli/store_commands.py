"""`newsgraph ingest`, `newsgraph articles`, `newsgraph show`: filling the store and reading it back.

`--db` takes a path (SQLite) or an SQLAlchemy URL; NEWSGRAPH_DB does the same; the default store
lives in the user data dir.
"""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsgraph import ingest as ingestion
from newsgraph.cli import app
from newsgraph.report import render
from newsgraph.store import Store
from newsgraph.store.intake import Intake, Tally

DB = typer.Option(None, "--db", envvar="NEWSGRAPH_DB", show_envvar=True,
                  help="Store: a SQLite file path or an SQLAlchemy URL (postgresql+psycopg://...).")


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(..., help="Files, folders, feeds, WARC/JSONL files, or - for stdin."),
    db: str = DB,
    model: str = typer.Option(None, "--model", envvar="NEWSGRAPH_MODEL", help="spaCy pipeline package."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles extracted together."),
) -> None:
    """Read, analyse and store articles; each stored once, copies linked to their original."""
    err = Console(stderr=True)
    with Store(db) as store:
        progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                            TimeElapsedColumn(), console=err, transient=True)
        task = progress.add_task("reading", total=None)

        def show(tally: Tally) -> None:
            progress.update(task, description=f"read {tally.read} · stored {tally.stored} · "
                                              f"duplicates {tally.duplicates} · failed {len(tally.failures)}")

        with progress:
            tally = Intake(store, model, batch_size, show).run(ingestion.read(paths))
    Console().print(_summary(tally))
    if tally.failures:
        for failure in tally.failures:
            err.print(f"[red]failed[/red] {escape(failure.source)}: {escape(failure.reason)}",
                      highlight=False, soft_wrap=True)
        raise typer.Exit(1)


def _summary(tally: Tally) -> Table:
    table = Table("", "articles", title="Ingested", title_justify="left", show_header=False)
    for label, count in (("read", tally.read), ("stored", tally.stored),
                         ("already stored", tally.already_stored),
                         ("near-duplicates (stored, linked to original)", tally.duplicates),
                         ("failed", len(tally.failures))):
        table.add_row(label, str(count))
    return table


@app.command("articles")
def articles_command(
    db: str = DB,
    limit: int = typer.Option(50, "--limit", min=1, help="How many articles to list."),
    offset: int = typer.Option(0, "--offset", min=0, help="How many to skip."),
) -> None:
    """List stored articles, newest first, with how many facts each holds."""
    with Store(db) as store:
        listed = store.articles(limit, offset)
    table = Table("id", "published", "outlet", "title", "facts", "duplicate of")
    table.columns[0].no_wrap = True
    for a in listed:
        table.add_row(a.id[:12], a.published or "", a.outlet or "", a.title or a.source or "",
                      _facts(a.counts), (a.duplicate_of or "")[:12])
    Console().print(table)


def _facts(counts: dict[str, int]) -> str:
    """The kinds of fact an article holds, by the document's names: "3 actors, 1 events"."""
    return ", ".join(f"{n} {name}" for name, n in counts.items() if n) or "none"


@app.command("show")
def show_command(
    article: str = typer.Argument(..., help="An article id, or the start of one."),
    db: str = DB,
    json_out: bool = typer.Option(False, "--json", help="Print document-format v1."),
) -> None:
    """Print one stored article: a readable report, or --json."""
    with Store(db) as store:
        found = store.ids_with_prefix(article.lower(), limit=6)
        if len(found) != 1:
            err = Console(stderr=True)
            if not found:
                err.print(f"[red]no stored article starts with[/red] {article}")
                raise typer.Exit(1)
            err.print(f"[red]{article} is ambiguous:[/red] " + ", ".join(found[:5]) + (" ..." if len(found) > 5 else ""))
            raise typer.Exit(2)
        document = store.get(found[0])
        duplicate_of = store.duplicate_of(found[0])
    if json_out:
        sys.stdout.write(document.to_json() + "\n")
        return
    console = Console()
    a = document.article
    facts = [("id", a.id), ("outlet", a.outlet), ("published", a.published), ("url", a.url),
             ("source", a.source), ("duplicate of", duplicate_of)]
    for label, value in facts:
        if value:
            console.print(f"[bold]{label:>12}[/bold]  {value}", highlight=False)
    render(document, console)
