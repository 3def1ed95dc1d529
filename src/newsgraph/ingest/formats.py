"""Which kind of input a file is, and how its bytes become text.

The kind is read from the content first and the file name second, so a saved page called
`story.txt` that holds HTML is read as HTML, and a `.jsonl` file whose first line is broken is
still read line by line (and reports that line).
"""

from __future__ import annotations

import codecs
import json
import re
import zlib
from enum import Enum
from pathlib import PurePath

import charset_normalizer

from newsgraph.ingest.page import PageError


class Kind(str, Enum):
    """Input kinds, one reader each (see `newsgraph.ingest.sources`)."""

    TEXT = "text"
    HTML = "html"
    FEED = "feed"
    WARC = "warc"
    JSONL = "jsonl"
    JSON = "json"


_EXTENSIONS = {
    ".html": Kind.HTML, ".htm": Kind.HTML, ".xhtml": Kind.HTML,
    ".rss": Kind.FEED, ".atom": Kind.FEED,
    ".warc": Kind.WARC, ".arc": Kind.WARC,
    ".jsonl": Kind.JSONL, ".ndjson": Kind.JSONL,
    ".json": Kind.JSON,
}
_FEED_ROOT = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*"
                        rb"<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
_HTML_MARKERS = re.compile(rb"<!DOCTYPE\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<meta\s", re.I)
_HTML_TAGS = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|ul|li|img|figure|section|strong|em)\b[^>]*>", re.I)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
_JSON_ARRAY = re.compile(rb"\[\s*\{")
_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_BYTES = 4096


def sniff(head: bytes, name: str = "") -> Kind:
    """The kind of an input from its first bytes (a few KiB suffice) and its file name."""
    by_name = _EXTENSIONS.get(PurePath(name.lower().removesuffix(".gz")).suffix)
    if head.startswith(_GZIP_MAGIC):
        head = _gunzip_head(head)
    if head.lstrip().startswith((b"WARC/", b"warc/")):
        return Kind.WARC
    text_head = _strip_bom(head)
    if _FEED_ROOT.match(text_head[:_SNIFF_BYTES]):
        return Kind.FEED
    stripped = text_head.lstrip()
    if stripped.startswith((b"{", b"[")):
        if by_name in (Kind.JSONL, Kind.JSON):
            return by_name
        if stripped.startswith(b"{") and _first_line_is_object(stripped):
            return Kind.JSONL
        if _JSON_ARRAY.match(stripped) and by_name is None:
            return Kind.JSON
    if _HTML_MARKERS.search(text_head[:_SNIFF_BYTES]):
        return Kind.HTML
    if by_name in (Kind.JSONL, Kind.JSON, Kind.WARC, Kind.FEED):
        return by_name
    if by_name is Kind.HTML or looks_like_html(text_head[:_SNIFF_BYTES].decode("utf-8", "replace")):
        return Kind.HTML
    return Kind.TEXT


def looks_like_html(text: str) -> bool:
    """True when a string (a record's text, a feed's summary) carries HTML tags."""
    return len(_HTML_TAGS.findall(text[:_SNIFF_BYTES])) >= 2


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares about itself, if any."""
    match = _DECLARED_CHARSET.search(data[:_SNIFF_BYTES])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii", "replace")


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes to text: BOM, then UTF-8, then the declared charset, then detection.

    Valid UTF-8 with non-ASCII bytes is almost never anything else, so it beats a declaration
    (saved pages often keep a stale `<meta charset>` after being re-encoded).

    Raises PageError for empty, binary and undecodable input, each with a reason a user can act on.
    """
    if not data.strip():
        raise PageError("empty file: no text to read")
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _decode_as(data, encoding)
    for encoding in filter(None, ("utf-8", declared)):
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    if _looks_binary(data):
        raise PageError("binary file: not text, HTML, a feed, WARC or JSON")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise PageError("undecodable: no text encoding fits its bytes")
    return str(best)


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise PageError(f"undecodable: marked {encoding} but {exc.reason} at byte {exc.start}") from exc


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: an image, archive or office file, not text."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\v\x1b")
    return controls > len(sample) * 0.05


def _strip_bom(head: bytes) -> bytes:
    return head.removeprefix(codecs.BOM_UTF8)


def _gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream (WARC files are usually .warc.gz)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, _SNIFF_BYTES)
    except zlib.error:
        return head


def _first_line_is_object(data: bytes) -> bool:
    try:
        return isinstance(json.loads(data.split(b"\n", 1)[0]), dict)
    except ValueError:
        return False
