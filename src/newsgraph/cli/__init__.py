"""The `newsgraph` command: a thin face over ingest, extract, store and analysis.

Each command group lives in its own module and registers itself on `app`.
"""

from __future__ import annotations

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news into sourced political intelligence.")


@app.callback()
def _root() -> None:
    """Turn news into sourced political intelligence."""


def main() -> None:
    from newsgraph.cli import analyze  # noqa: F401, PLC0415 - registers commands

    for optional in ("store_commands", "evaluate", "kb_commands"):
        try:
            __import__(f"newsgraph.cli.{optional}")
        except ModuleNotFoundError as exc:
            if exc.name != f"newsgraph.cli.{optional}":
                raise
    app()
