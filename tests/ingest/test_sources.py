"""Readers: every input kind, well-formed and broken, each giving Articles or per-input errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest import IngestError, read, read_text
from newsgraph.model import Article

PLAIN = """Seoul and Canberra agree to expand defence industry cooperation

South Korean Defence Minister Park Jin-woo and Australian Defence Minister Claire Whitfield agreed on Tuesday to expand joint production of armoured vehicles, officials in Seoul said.

The two ministers met in Canberra on the sidelines of a regional security forum.
"""

HTML_LATIN1 = """<!DOCTYPE html>
<html><head><meta charset="iso-8859-1">
<title>Bogotá hosts Andean summit | Andes Daily</title>
<meta property="og:site_name" content="Andes Daily">
<meta property="og:title" content="Bogotá hosts Andean summit">
<meta property="article:published_time" content="2024-04-18T08:00:00-05:00">
</head><body><article><h1>Bogotá hosts Andean summit</h1>
<p>Presidents and foreign ministers of the Andean Community gathered in Bogotá on Wednesday for a summit on migration and trade, the Colombian foreign ministry said.</p>
<p>Colombian Foreign Minister Andrés Ocampo opened the meeting and called for a common visa for tourists from outside the region, a proposal backed by Ecuador and Peru.</p>
<p>Bolivia's delegation, led by Vice-President Mariela Quispe, said it would present a plan for a joint fund for border infrastructure.</p>
</article><footer>Copyright 2021 Andes Daily</footer></body></html>
"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Baltic Wire</title>
  <link>https://balticwire.example/</link>
  <description>News from the Baltic states</description>
  <item>
    <title>Estonian president receives Finnish speaker</title>
    <link>https://balticwire.example/2024/02/07/estonia-finland</link>
    <pubDate>Wed, 07 Feb 2024 14:20:00 +0200</pubDate>
    <description>Short summary only.</description>
    <content:encoded><![CDATA[<p>Estonian President Kaarel Tamm received Jaana Virtanen, Speaker of the Parliament of Finland, at Kadriorg Palace in Tallinn on Wednesday.</p><p>The two discussed energy links across the Gulf of Finland and support for Ukraine.</p>]]></content:encoded>
  </item>
  <item>
    <title>Latvia and Lithuania sign rail accord</title>
    <link>https://balticwire.example/2024/02/08/rail-accord</link>
    <pubDate>Thu, 08 Feb 2024 09:00:00 +0200</pubDate>
    <description>The transport ministers of Latvia and Lithuania, Edgars Ozols and Rūta Petrauskienė, signed an agreement in Riga on Thursday to synchronise timetables on the Rail Baltica line.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Pacific Islands Report</title>
  <id>urn:uuid:3f1c2b7e-0000-4000-8000-000000000001</id>
  <updated>2024-03-02T10:00:00Z</updated>
  <entry>
    <title>Fiji prime minister meets New Zealand delegation</title>
    <link href="https://pireport.example/fiji-nz"/>
    <id>urn:uuid:3f1c2b7e-0000-4000-8000-000000000002</id>
    <published>2024-03-01T22:00:00Z</published>
    <updated>2024-03-02T10:00:00Z</updated>
    <summary>Fiji's Prime Minister Semi Rokotuivuna met a New Zealand parliamentary delegation led by Speaker Anne Whitley in Suva on Friday to discuss climate finance.</summary>
  </entry>
</feed>
"""


def articles(results: list) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def errors(results: list) -> list[IngestError]:
    return [r for r in results if isinstance(r, IngestError)]


def test_plain_text_page(tmp_path: Path) -> None:
    path = tmp_path / "defence.txt"
    path.write_text(PLAIN, encoding="utf-8")
    [article] = list(read([str(path)]))
    assert article.title == "Seoul and Canberra agree to expand defence industry cooperation"
    assert article.source == str(path)
    assert article.body.startswith("South Korean Defence Minister Park Jin-woo")
    assert article.body.endswith("regional security forum.")
    assert article.body.count("\n\n") == 1
    assert article.published is None


def test_html_page_in_declared_latin1(tmp_path: Path) -> None:
    path = tmp_path / "summit.html"
    path.write_bytes(HTML_LATIN1.encode("latin-1"))
    [article] = list(read([str(path)]))
    assert article.title == "Bogotá hosts Andean summit"
    assert article.outlet == "Andes Daily"
    assert article.published == "2024-04-18"
    assert article.body.startswith("Presidents and foreign ministers of the Andean Community")
    assert "Andrés Ocampo" in article.body
    assert "Copyright" not in article.body


def test_html_sniffed_by_content_whatever_the_name(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text(HTML_LATIN1, encoding="utf-8")
    [article] = list(read([str(path)]))
    assert article.title == "Bogotá hosts Andean summit"
    assert "<p>" not in article.body


def test_rss_items_are_articles_with_feed_metadata(tmp_path: Path) -> None:
    path = tmp_path / "baltic.xml"
    path.write_text(RSS, encoding="utf-8")
    first, second = list(read([str(path)]))
    assert first.source == f"{path}#item-1"
    assert first.title == "Estonian president receives Finnish speaker"
    assert first.outlet == "Baltic Wire"
    assert first.url == "https://balticwire.example/2024/02/07/estonia-finland"
    assert first.published == "2024-02-07"
    # the full content wins over the summary, and its HTML paragraphs stay paragraphs
    assert first.body == ("Estonian President Kaarel Tamm received Jaana Virtanen, Speaker of the Parliament of "
                          "Finland, at Kadriorg Palace in Tallinn on Wednesday.\n\nThe two discussed energy "
                          "links across the Gulf of Finland and support for Ukraine.")
    assert second.source == f"{path}#item-2"
    assert second.body.startswith("The transport ministers of Latvia and Lithuania, Edgars Ozols and Rūta")
    assert second.published == "2024-02-08"


def test_atom_entry(tmp_path: Path) -> None:
    path = tmp_path / "pacific.atom"
    path.write_text(ATOM, encoding="utf-8")
    [article] = list(read([str(path)]))
    assert article.outlet == "Pacific Islands Report"
    assert article.url == "https://pireport.example/fiji-nz"
    assert article.published == "2024-03-01"
    assert article.title == "Fiji prime minister meets New Zealand delegation"


def test_malformed_feeds_are_errors(tmp_path: Path) -> None:
    no_items = tmp_path / "empty-channel.rss"
    no_items.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>', encoding="utf-8")
    [error] = list(read([str(no_items)]))
    assert isinstance(error, IngestError)
    assert error.source == str(no_items)
    assert error.reason.startswith("malformed feed")
    cut_off = tmp_path / "cut-off.rss"
    cut_off.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title><item><title>Talks',
                       encoding="utf-8")
    [error] = list(read([str(cut_off)]))
    assert error.source == f"{cut_off}#item-1"
    assert error.reason.startswith("feed item has no content or summary (the feed is malformed")


def _warc(path: Path) -> None:
    """A small crawl: warcinfo, a request, an image, a 404 page, a redirect and one article."""
    article_html = (
        "<html><head><meta charset='utf-8'><title>Mongolia and Kazakhstan sign transit deal</title>"
        "<meta property='og:site_name' content='Steppe Herald'></head><body><article>"
        "<h1>Mongolia and Kazakhstan sign transit deal</h1>"
        "<p>Mongolian Foreign Minister Batmunkh Battsetseg and her Kazakh counterpart Murat Nurtleu signed "
        "an agreement on road transit in Astana on Monday, the two foreign ministries said.</p>"
        "<p>The deal lets Mongolian lorries cross Kazakhstan to reach Caspian ports without new permits.</p>"
        "</article></body></html>").encode("utf-8")
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test-crawler"}))

        def response(uri: str, status: str, content_type: str, payload: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers))

        request_headers = StatusAndHeaders("GET /news/transit HTTP/1.1", [("Host", "steppe.example")],
                                           is_http_request=True)
        writer.write_record(writer.create_warc_record("https://steppe.example/news/transit", "request",
                                                      http_headers=request_headers))
        response("https://steppe.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00")
        response("https://steppe.example/missing", "404 Not Found", "text/html", b"<html><body>Not found</body></html>")
        response("https://steppe.example/news/transit", "200 OK", "text/html; charset=utf-8", article_html)


def test_warc_reads_html_responses_only(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    [article] = list(read([str(path)]))
    assert article.source == "https://steppe.example/news/transit"
    assert article.url == "https://steppe.example/news/transit"
    assert article.title == "Mongolia and Kazakhstan sign transit deal"
    assert article.outlet == "Steppe Herald"
    assert article.body.startswith("Mongolian Foreign Minister Batmunkh Battsetseg")


def test_jsonl_records_with_aliases_and_bad_lines(tmp_path: Path) -> None:
    good = {"text": "Hanoi, March 4 (VNA) -- Vietnamese Deputy Prime Minister Tran Quoc Binh received a delegation "
                    "of the Communist Party of Cuba led by Alicia Moreno, member of its Political Bureau.",
            "headline": "Deputy PM receives Cuban party delegation", "date": "2024-03-04",
            "links": ["https://vna.example/deputy-pm-cuba"]}
    plain = {"text": "Manila -- The Philippine foreign ministry summoned the Chinese ambassador on Monday.",
             "title": "Manila summons Chinese envoy", "url": "https://example.ph/envoy",
             "published": "March 11, 2024", "outlet": "Manila Courier"}
    lines = [json.dumps(good), '{"text": "Unfinished record', "", json.dumps({"title": "No text here"}),
             json.dumps(["not", "an", "object"]), json.dumps(plain)]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read([str(path)]))
    first, second = articles(results)
    assert (first.title, first.published, first.url, first.outlet) == (
        "Deputy PM receives Cuban party delegation", "2024-03-04", "https://vna.example/deputy-pm-cuba", "VNA")
    assert first.source == f"{path}#line-1"
    assert (second.title, second.published, second.outlet, second.source) == (
        "Manila summons Chinese envoy", "2024-03-11", "Manila Courier", f"{path}#line-6")
    assert [e.source for e in errors(results)] == [f"{path}#line-2", f"{path}#line-4", f"{path}#line-5"]
    assert all(e.reason.startswith("bad record") for e in errors(results))


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps([{"text": "Ottawa -- Canada named a new ambassador to Japan on Friday.",
                                 "title": "Canada names envoy"}]), encoding="utf-8")
    [article] = list(read([str(path)]))
    assert article.source == f"{path}#record-1"
    assert article.title == "Canada names envoy"


def test_folder_is_walked_sorted_skipping_hidden(tmp_path: Path) -> None:
    for name in ("b/two.txt", "a/one.txt", "c.txt", "a/.draft.txt", ".cache/old.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Report {name}\n\nThe minister of agriculture met farmers in the province on Monday.\n",
                        encoding="utf-8")
    sources = [a.source for a in read([str(tmp_path)])]
    assert sources == [str(tmp_path / "a/one.txt"), str(tmp_path / "b/two.txt"), str(tmp_path / "c.txt")]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(PLAIN.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    [article] = list(read(["-"]))
    assert article.source == "<stdin>"
    assert article.title == "Seoul and Canberra agree to expand defence industry cooperation"


def test_latin1_text_is_detected(tmp_path: Path) -> None:
    text = ("Le ministre délégué Étienne Marchand a rencontré à Genève son homologue sénégalais, "
            "Aminata Diallo, pour préparer la visite d'État du président à Dakar en février. "
            "Les deux délégations ont évoqué la coopération économique, la sécurité au Sahel et "
            "l'accord de pêche qui arrive à échéance à la fin de l'année.\n")
    path = tmp_path / "geneve.txt"
    path.write_bytes(text.encode("latin-1"))
    [article] = list(read([str(path)]))
    assert "Étienne Marchand a rencontré à Genève" in article.body
    assert "sénégalais" in article.body


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(PLAIN.encode("utf-16"))
    [article] = list(read([str(path)]))
    assert article.title == "Seoul and Canberra agree to expand defence industry cooperation"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01" + bytes(range(256)) * 4, "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \t\n", "empty"),
])
def test_unreadable_files_are_errors(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [error] = list(read([str(path)]))
    assert isinstance(error, IngestError)
    assert error.source == str(path)
    assert error.reason.startswith(reason)


def test_oversized_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_MAX_BYTES", "200")
    path = tmp_path / "long.txt"
    path.write_text(PLAIN * 3, encoding="utf-8")
    [error] = list(read([str(path)]))
    assert error.reason.startswith("too large")
    assert "200" in error.reason


def test_one_bad_input_does_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(PLAIN, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    results = list(read([str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"), str(good)]))
    assert [type(r).__name__ for r in results] == ["IngestError", "IngestError", "Article"]
    assert results[0].reason == "no such file or folder"


def test_page_of_chrome_only_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "chrome.txt"
    path.write_text("NO COMMENTS\n\nLEAVE A REPLY\n\nExit mobile version\n", encoding="utf-8")
    [error] = list(read([str(path)]))
    assert "no article text" in error.reason


def test_read_text_cleans_html_and_text() -> None:
    article = read_text(HTML_LATIN1, source="inline.html")
    assert article.title == "Bogotá hosts Andean summit"
    assert article.source == "inline.html"
    assert read_text(PLAIN).source == "<text>"
    with pytest.raises(ValueError, match="no article text"):
        read_text("   ")
