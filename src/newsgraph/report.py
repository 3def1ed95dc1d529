"""The readable report of `newsgraph analyze`: an analyst's summary of one Document."""

from __future__ import annotations

from rich.console import Console

from newsgraph.model import Document


def render(document: Document, console: Console) -> None:
    """Print title, source and actors; later stages extend this summary."""
    a = document.article
    console.rule(a.title or a.source or a.id[:12])
    for actor in document.actors:
        console.print(f"{actor.kind:15} {actor.name}")
