"""HTML to text: trafilatura for whole pages (main text and metadata), lxml for fragments.

Dates come only from the page's own metadata and URL (`extensive_search` off), so a copyright
year in a footer never becomes a publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from lxml import etree

_BLOCKS = frozenset({"p", "div", "section", "article", "blockquote", "li", "ul", "ol", "figure",
                     "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "header",
                     "footer", "aside", "pre", "dd", "dt"})
_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_DATE_SEARCH = {"extensive_search": False, "original_date": True}


@dataclass
class Extracted:
    """Main text of a page (one paragraph a line) with the metadata found in its markup."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    captions: list[str] = field(default_factory=list)


def extract_page(html: str, url: str | None = None) -> Extracted:
    """The article of a whole HTML page; falls back to all its text when trafilatura finds none."""
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, date_extraction_params=_DATE_SEARCH)
    captions = figure_captions(html)
    if result is None or not (result.text or "").strip():
        return Extracted(text=fragment_text(html), url=url, captions=captions)
    return Extracted(text=result.text, title=result.title or None, outlet=result.sitename or None,
                     url=result.url or url, published=result.date or None,
                     author=result.author or None, captions=captions)


def figure_captions(html: str) -> list[str]:
    """Text of every <figcaption> (trafilatura leaves figures out of the main text)."""
    root = _parse(html)
    if root is None:
        return []
    return [text for node in root.iter("figcaption") if (text := _squash(node.text_content()))]


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), one block element a paragraph."""
    root = _parse(html)
    if root is None:
        return ""
    etree.strip_elements(root, *_DROP, with_tail=False)
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag == "br":
            node.tail = "\n" + (node.tail or "")
        elif node.tag in _BLOCKS:
            node.text = "\n\n" + (node.text or "")
            node.tail = "\n\n" + (node.tail or "")
    lines = (_squash(line) for line in root.text_content().split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _parse(html: str) -> lxml.html.HtmlElement | None:
    # lxml refuses str input that still carries an XML encoding declaration
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _squash(text: str) -> str:
    return " ".join(text.split())
