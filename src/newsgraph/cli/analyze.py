"""`newsgraph analyze PATH...|-`: read articles and print what they say."""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from newsgraph import ingest, nlp
from newsgraph.cli import app
from newsgraph.extract import extract
from newsgraph.report import render


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files, folders, feeds, WARC/JSONL files, or - for stdin."),
    json_out: bool = typer.Option(False, "--json", help="Print document-format v1, one JSON object per line."),
    model: str = typer.Option(None, "--model", envvar="NEWSGRAPH_MODEL", help="spaCy pipeline package."),
) -> None:
    """Analyse articles and print a readable report (or --json)."""
    console = Console()
    err = Console(stderr=True)
    language = nlp.load(model)
    failed = 0
    for item in ingest.read(paths):
        if isinstance(item, ingest.IngestError):
            err.print(f"[red]error[/red] {item.source}: {item.reason}")
            failed += 1
            continue
        try:
            document = extract(item, language)
        except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
            err.print(f"[red]error[/red] {item.source}: extraction failed: {exc!r}")
            failed += 1
            continue
        if json_out:
            sys.stdout.write(document.to_json() + "\n")
        else:
            render(document, console)
    if failed:
        raise typer.Exit(1)
