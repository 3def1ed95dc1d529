"""Sniffing input kinds by content and name; decoding bytes with clear errors."""

from __future__ import annotations

import gzip

import pytest

from newsgraph.ingest.formats import Kind, decode, declared_charset, sniff
from newsgraph.ingest.page import PageError


@pytest.mark.parametrize(("head", "name", "kind"), [
    (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl.warc", Kind.WARC),
    (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"), "crawl.warc.gz", Kind.WARC),
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed", Kind.FEED),
    (b'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator -->\n<feed xmlns="http://www.w3.org/2005/Atom">',
     "news.xml", Kind.FEED),
    (b"<!DOCTYPE html><html><head><title>x</title>", "page.txt", Kind.HTML),
    (b"<p>The minister arrived.</p><p>Talks began.</p>", "fragment", Kind.HTML),
    (b'{"text": "The minister arrived.", "title": "Arrival"}\n{"text": "x"}\n', "wire.dat", Kind.JSONL),
    (b'{"text": "broken', "wire.jsonl", Kind.JSONL),
    (b'[\n  {"text": "The minister arrived."}\n]', "records", Kind.JSON),
    (b"[UPDATED] Talks resume in Geneva\n\nThe envoys met again.", "story.txt", Kind.TEXT),
    (b"Talks resume in Geneva\n\nThe envoys met again on Monday.", "story.html", Kind.HTML),
    (b"Talks resume in Geneva\n\nThe envoys met again on Monday.", "story", Kind.TEXT),
])
def test_sniff(head: bytes, name: str, kind: Kind) -> None:
    assert sniff(head, name) is kind


def test_decode_prefers_valid_utf8_then_declared_then_detection() -> None:
    assert decode("Bogotá".encode("utf-8"), "iso-8859-1") == "Bogotá"
    assert decode("Bogotá".encode("latin-1"), "iso-8859-1") == "Bogotá"
    assert decode("Kraków".encode("utf-16")) == "Kraków"


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"), (b"\n \n", "empty"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "binary"),
])
def test_decode_errors(data: bytes, reason: str) -> None:
    with pytest.raises(PageError, match=reason):
        decode(data)


def test_declared_charset() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1251">') == "windows-1251"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">') == "EUC-KR"
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><rss>') == "ISO-8859-1"
    assert declared_charset(b"<html><body>") is None
