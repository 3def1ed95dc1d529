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
    # Importing a command module registers its commands on `app`; kept out of module import so
    # `import newsgraph.cli` stays light for the modules themselves.
    from newsgraph.cli import analyze, evaluate, kb_commands, store_commands  # noqa: F401, PLC0415

    app()
