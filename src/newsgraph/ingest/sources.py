"""Readers, one per input kind, each yielding raw pages (or an error per bad input).

Inputs are paths, folders (walked recursively in sorted order, hidden files skipped) and "-" for
stdin. A file's kind is sniffed from its content and name (`formats.sniff`). Single-page files
and feeds must fit in `Settings().max_bytes`; WARC and JSONL files are streamed, and the limit
applies to each record.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from time import struct_time
from typing import Any, BinaryIO

import feedparser
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.config import Settings
from newsgraph.ingest.formats import Kind, declared_charset, decode, looks_like_html, sniff
from newsgraph.ingest.markup import fragment_text
from newsgraph.ingest.page import IngestError, Page, PageError

STDIN = "-"
_HEAD_BYTES = 65536
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_RECORD_ALIASES = {  # Page field -> record keys that may carry it, in order of preference
    "title": ("title", "headline"),
    "url": ("url", "link", "links"),
    "published": ("published", "date", "published_at", "pubdate"),
    "outlet": ("outlet", "sitename", "publisher"),
    "author": ("author", "byline"),
}

# (stream, source, max_bytes) -> pages; readers of whole files are size-checked before the call
Reader = Callable[[BinaryIO, str, int], Iterator[Page | IngestError]]


def pages(inputs: Iterable[str], settings: Settings | None = None) -> Iterator[Page | IngestError]:
    """Raw pages from every input, in order; an IngestError for each one that cannot be read."""
    limit = (settings or Settings()).max_bytes
    for item in [inputs] if isinstance(inputs, str) else inputs:  # one path given bare
        if item == STDIN:
            # stdin cannot be rewound after sniffing, so it is read whole into memory
            data = sys.stdin.buffer.read()
            yield from _read_stream(io.BytesIO(data), "<stdin>", len(data), limit)
            continue
        path = Path(item)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, limit)
        elif path.is_file():
            yield from _read_file(path, limit)
        else:
            yield IngestError(item, "no such file or folder")


def _walk(folder: Path) -> list[Path]:
    """Files under `folder`, sorted, leaving out hidden files and anything in hidden folders."""
    return sorted(path for path in folder.rglob("*")
                  if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts))


def _read_file(path: Path, limit: int) -> Iterator[Page | IngestError]:
    try:
        with path.open("rb") as stream:
            yield from _read_stream(stream, str(path), path.stat().st_size, limit)
    except OSError as exc:
        yield IngestError(str(path), f"cannot read: {exc.strerror or exc}")


def _read_stream(stream: BinaryIO, source: str, size: int, limit: int) -> Iterator[Page | IngestError]:
    """Sniff one input and hand it to its reader, turning any failure into one IngestError."""
    head = stream.read(_HEAD_BYTES)
    stream.seek(0)
    kind = sniff(head, source)
    if kind not in _STREAMED and size > limit:
        yield IngestError(source, f"too large: {size} bytes, over the limit of {limit} (NEWSGRAPH_MAX_BYTES)")
        return
    try:
        yield from _READERS[kind](stream, source, limit)
    except PageError as exc:
        yield IngestError(source, str(exc))
    except Exception as exc:  # noqa: BLE001 - one malformed file must not stop a batch
        yield IngestError(source, f"unreadable {kind.value} input: {type(exc).__name__}: {exc}")


def read_plain(stream: BinaryIO, source: str, limit: int) -> Iterator[Page]:
    """A page saved as plain text."""
    yield Page(text=decode(stream.read()), source=source)


def read_html(stream: BinaryIO, source: str, limit: int) -> Iterator[Page]:
    """A saved HTML page; its own <meta charset> is trusted first."""
    data = stream.read()
    yield Page(text=decode(data, declared_charset(data)), source=source, markup="html")


def read_feed(stream: BinaryIO, source: str, limit: int) -> Iterator[Page | IngestError]:
    """An RSS or Atom feed: each item one page, the feed's title its outlet."""
    parsed = feedparser.parse(stream.read())
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise PageError(f"malformed feed: {problem}" if problem else "feed has no items")
    outlet = parsed.feed.get("title") or None
    damage = f" (the feed is malformed: {parsed.bozo_exception})" if parsed.get("bozo") else ""
    for number, entry in enumerate(parsed.entries, start=1):
        item = f"{source}#item-{number}"
        content = entry.get("content")
        text = content[0].get("value", "") if content else entry.get("summary", "")
        if not text.strip():
            yield IngestError(item, f"feed item has no content or summary{damage}")
            continue
        if looks_like_html(text):
            text = fragment_text(text)
        yield Page(text=text, source=item, url=entry.get("link"), title=entry.get("title"),
                   outlet=outlet, author=entry.get("author"),
                   published=_struct_date(entry.get("published_parsed") or entry.get("updated_parsed")))


def read_warc(stream: BinaryIO, source: str, limit: int) -> Iterator[Page | IngestError]:
    """HTML responses of a WARC archive; requests, metadata and non-HTML responses are skipped."""
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            status = record.http_headers.get_statuscode() or ""
            if not content_type.startswith(_HTML_TYPES) or not status.startswith("2"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#offset-{stream.tell()}"
            data = record.content_stream().read(limit + 1)
            if len(data) > limit:
                yield IngestError(uri, f"too large: record over the limit of {limit} bytes (NEWSGRAPH_MAX_BYTES)")
                continue
            charset = content_type.partition("charset=")[2].split(";")[0].strip() or declared_charset(data)
            try:
                yield Page(text=decode(data, charset), source=uri, markup="html", url=uri)
            except PageError as exc:
                yield IngestError(uri, str(exc))
    except ArchiveLoadFailed as exc:
        raise PageError(f"malformed WARC: {exc}") from exc


def read_jsonl(stream: BinaryIO, source: str, limit: int) -> Iterator[Page | IngestError]:
    """One JSON record a line ({"text", "title", "url", "published", "outlet"}); bad lines are errors."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        item = f"{source}#line-{number}"
        if len(raw) > limit:
            yield IngestError(item, f"too large: {len(raw)} bytes, over the limit of {limit} (NEWSGRAPH_MAX_BYTES)")
            continue
        try:
            yield _record_page(json.loads(decode(raw)), item)
        except (PageError, ValueError) as exc:
            yield IngestError(item, f"bad record: {exc}")


def read_json(stream: BinaryIO, source: str, limit: int) -> Iterator[Page | IngestError]:
    """A JSON file holding one record or a list of records (same fields as JSONL)."""
    data = json.loads(decode(stream.read()))
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        item = f"{source}#record-{number}"
        try:
            yield _record_page(record, item)
        except PageError as exc:
            yield IngestError(item, f"bad record: {exc}")


def _record_page(record: Any, source: str) -> Page:
    """The page a JSON record describes; its text may be plain or HTML."""
    if not isinstance(record, dict):
        raise PageError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise PageError('no "text" field with the article')
    fields = {name: _first_string(record, keys) for name, keys in _RECORD_ALIASES.items()}
    return Page(text=text, source=source, markup="html" if looks_like_html(text) else "text", **fields)


def _first_string(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first non-empty string among `keys`; a list (KCNA's "links") gives its first item."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _struct_date(value: struct_time | None) -> str | None:
    return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}" if value else None


_READERS: dict[Kind, Reader] = {
    Kind.TEXT: read_plain, Kind.HTML: read_html, Kind.FEED: read_feed,
    Kind.WARC: read_warc, Kind.JSONL: read_jsonl, Kind.JSON: read_json,
}
_STREAMED = frozenset({Kind.WARC, Kind.JSONL})
