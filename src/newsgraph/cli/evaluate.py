"""`newsgraph eval DATASET|all`: score the pipeline on the evaluation sets in shared/eval."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path

import typer
from rich.console import Console

from newsgraph.cli import app
from newsgraph.eval import floors as floor_file
from newsgraph.eval import runner
from newsgraph.eval.registry import Report, dataset_dir

DEFAULT_FLOORS = Path("tests/eval/floors.json")


@app.command("eval")
def evaluate(
    dataset: str = typer.Argument(..., help="A data set name (see --list) or 'all'."),
    limit: int = typer.Option(None, "--limit", help="Score only the first N items (articles; sentences for CoNLL)."),
    full: bool = typer.Option(False, "--full", help="With 'all': every item, ignoring the gate's limits."),
    json_out: bool = typer.Option(False, "--json", help="Print one JSON object per data set."),
    out: Path = typer.Option(None, "--out", help="Write analysed documents and report.json here."),
    verbose: bool = typer.Option(False, "--verbose", help="Include per-article figures and misses."),
    floors: Path = typer.Option(DEFAULT_FLOORS, "--floors", help="Floors file whose limits 'all' runs with."),
    write_floors: Path = typer.Option(None, "--write-floors", help="Write F1 floors measured now to this file."),
    margin: float = typer.Option(0.02, "--margin", help="How far under the measured F1 --write-floors sets each floor."),
) -> None:
    """Score newsgraph on a data set (or all of them) and print P/R/F1 per fact type.

    'all' runs each data set with the limit the accuracy gate uses (from --floors), unless --limit
    or --full says otherwise; --write-floors re-sets the gate's floors from what it measures.
    """
    err = Console(stderr=True)
    known = runner.load_scorers()
    if dataset == "all":
        names = [n for n in known if dataset_dir(n) is not None]
        gate_limits = {} if full or limit is not None else floor_file.limits(floor_file.read(floors))
    elif dataset in known:
        names, gate_limits = [dataset], {}
    else:
        err.print(f"[red]unknown data set[/red] {dataset!r}; known: {', '.join(known)}, all")
        raise typer.Exit(2)
    reports, failed = [], []
    for name in names:
        n = gate_limits.get(name, limit)
        err.print(f"[dim]scoring {name} (limit {n})...[/dim]")
        try:
            report = runner.run(name, limit=n, verbose=verbose,
                                out=runner.out_dir(out, name, len(names) > 1))
        except FileNotFoundError as exc:
            err.print(f"[red]skipped[/red] {name}: {exc}")
            continue
        except Exception as exc:  # noqa: BLE001 - one broken scorer must not lose the other figures
            if len(names) == 1:
                raise
            err.print(f"[red]failed[/red] {name}: {type(exc).__name__}: {exc}")
            failed.append(name)
            continue
        reports.append(report)
        _emit(report, json_out, out, len(names) > 1)
    if not json_out:
        typer.echo(runner.markdown(reports))
        for report in reports:
            for line in runner.notes(report):
                typer.echo(line)
    if write_floors:
        command = "newsgraph " + shlex.join(sys.argv[1:]) if sys.argv[1:2] == ["eval"] else \
            f"newsgraph eval {dataset} --write-floors {write_floors} --margin {margin}"
        previous = floor_file.read(write_floors)["datasets"]
        floor_file.write(write_floors, reports, margin, command, keep={n: previous[n] for n in failed if n in previous})
        err.print(f"floors written to {write_floors}" + (f"; kept the old floors of {', '.join(failed)}" if failed else ""))
    if failed or not reports:
        raise typer.Exit(1)


def _emit(report: Report, json_out: bool, out: Path | None, several: bool) -> None:
    """Print the report as JSON (with --json) and keep it as report.json beside the documents."""
    data = report.as_dict()
    if json_out:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    target = runner.out_dir(out, report.dataset, several)
    if target is not None:
        target.mkdir(parents=True, exist_ok=True)
        (target / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
