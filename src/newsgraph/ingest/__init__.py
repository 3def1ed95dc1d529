"""Ingestion: raw pages from files, folders, feeds, WARC, JSONL or stdin, cleaned into Articles.

`read(inputs)` yields an `Article` or an `IngestError` per page, never raising for one bad file;
`read_text(text)` cleans one page given as a string. Near-duplicate detection is in `dedupe`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.ingest.clean import clean
from newsgraph.ingest.formats import Kind, sniff
from newsgraph.ingest.page import IngestError, Page, PageError
from newsgraph.ingest.sources import pages
from newsgraph.model import Article

__all__ = ["IngestError", "read", "read_text"]


def read(inputs: Iterable[str]) -> Iterator[Article | IngestError]:
    """Articles from paths, folders (recursive, sorted) or "-" (stdin), with an error per bad input."""
    for page in pages(inputs):
        if isinstance(page, IngestError):
            yield page
            continue
        try:
            yield clean(page)
        except PageError as exc:
            yield IngestError(page.source, str(exc))


def read_text(text: str, source: str = "<text>") -> Article:
    """One raw page given as a string (plain text or HTML), cleaned. Raises ValueError if empty."""
    markup = "html" if sniff(text[:4096].encode("utf-8", "replace")) is Kind.HTML else "text"
    try:
        return clean(Page(text=text, source=source, markup=markup))
    except PageError as exc:
        raise ValueError(f"{source}: {exc}") from exc
