"""What readers hand to cleaning: a raw page with the metadata its container gave."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Markup = Literal["text", "html"]


@dataclass(frozen=True)
class IngestError:
    """A file, record or feed item that could not be read, and why."""

    source: str
    reason: str


class PageError(Exception):
    """Raised inside ingestion for one unreadable input; `read` turns it into an IngestError."""


@dataclass(frozen=True)
class Page:
    """One raw page: its text as found (plain or HTML) and whatever metadata came with it.

    Metadata given here (from a feed item, a JSONL record, an HTTP record) wins over what
    cleaning can read out of the page itself.
    """

    text: str
    source: str
    markup: Markup = "text"
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
