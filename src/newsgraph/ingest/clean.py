"""Page -> Article: site chrome removed (and kept for audit), title, captions, credits, paragraphs.

Plain-text pages saved from news sites carry their furniture as lines: breadcrumbs, comment
counters, share bars, comment forms, captions repeated by the theme. Each line of a page ends in
exactly one place: the title, the body, a caption, the metadata (byline, date line, photo credit)
or `Article.removed`. HTML pages go through trafilatura first and then through the same line
rules, which catch what trafilatura keeps ("Advertisement", "Read more: ...").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from newsgraph.ingest import chrome as chrome_rules
from newsgraph.ingest.chrome import Chrome, fold, is_link_like
from newsgraph.ingest.dateline import agency
from newsgraph.ingest.markup import extract_page
from newsgraph.ingest.page import Page, PageError
from newsgraph.ingest.pubdate import parse_date
from newsgraph.model import Article

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
                         "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None, "\u00ad": None})
_ELLIPSIS = ("...", "\u2026")
_CRUMB_ARROWS = ("\u203a", "\u00bb")
_CRUMB_SEPARATORS = (*_CRUMB_ARROWS, ">", "|", "/")
_CAPTION_SPLIT = " / "
_CAPTION_MAX_WORDS = 60
_CREDIT_SEPARATORS = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")
_TITLE_END_FORBIDDEN = (".", ",", ";", ":")
_WRAP_WIDTH = (40, 100)  # hard-wrapped plain text has lines of about this many characters


def normalise(text: str) -> str:
    """Unicode NFC, one kind of space, straight quotes, and scraper escapes (\\' \\") undone."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\'", "'").replace('\\"', '"')
    return text.translate(_QUOTES)


def clean(page: Page, rules: Chrome | None = None) -> Article:
    """The Article a raw page holds. Raises PageError when no article text is left."""
    rules = rules or chrome_rules.load()
    meta = _Metadata(title=page.title, outlet=page.outlet, url=page.url, author=page.author,
                     published=parse_date(page.published) if page.published else None)
    known_captions: list[str] = []
    lines_are_paragraphs = page.markup == "html"
    text = page.text
    if page.markup == "html":
        extracted = extract_page(page.text, page.url)
        text = extracted.text
        meta.fill(title=extracted.title, outlet=extracted.outlet, url=extracted.url,
                  author=extracted.author, published=extracted.published)
        known_captions = [normalise(caption) for caption in extracted.captions]
    sorted_lines = _LineSorter(rules, normalise(meta.title) if meta.title else None)
    for caption in known_captions:
        sorted_lines.add_figure_caption(caption)
    sorted_lines.sort([line.strip() for line in normalise(text).split("\n")])
    paragraphs = [p for block in sorted_lines.blocks for p in _paragraphs(block, lines_are_paragraphs)]
    body = "\n\n".join(paragraphs)
    if not body:
        raise PageError("no article text left after removing site chrome")
    meta.fill(title=sorted_lines.title, author=sorted_lines.author, published=sorted_lines.published,
              outlet=agency(paragraphs[0]))
    return Article(
        id=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        title=" ".join(normalise(meta.title).split()) if meta.title else None, outlet=meta.outlet, url=meta.url,
        author=meta.author, source=page.source, published=meta.published, body=body,
        captions=sorted_lines.captions, credits=sorted_lines.credits, removed=sorted_lines.removed)


@dataclass
class _Metadata:
    """Article metadata; the first source to give a field wins (container, markup, text)."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None

    def fill(self, **values: str | None) -> None:
        for name, value in values.items():
            if getattr(self, name) is None and value:
                setattr(self, name, value)


@dataclass
class _LineSorter:
    """Puts each line of a page in one place: title, body blocks, captions, metadata or removed."""

    rules: Chrome
    title: str | None
    blocks: list[list[str]] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    author: str | None = None
    published: str | None = None

    def sort(self, lines: list[str]) -> None:
        title_at, labels = self._find_title(lines)
        block: list[str] = []
        in_link_list = False
        for index, line in enumerate(lines):
            if not line:
                block = self._close(block)
                continue
            if index == title_at:
                continue
            if in_link_list and is_link_like(line):
                self.removed.append(line)
                continue
            in_link_list = self.rules.opens_block(line)
            if in_link_list or index in labels or self._is_furniture(line):
                self.removed.append(line)
                continue
            if self._is_metadata(line):
                continue
            if self._is_caption(line, next((later for later in lines[index + 1:] if later), None)):
                continue
            block.append(line)
        self._close(block)

    def _close(self, block: list[str]) -> list[str]:
        if block:
            self.blocks.append(block)
        return []

    # -- title -------------------------------------------------------------------------------
    def _find_title(self, lines: list[str]) -> tuple[int | None, set[int]]:
        """Where the title line is, and the section labels above it ("World", "NorthKorea").

        With a title known from metadata, the first line that repeats it. Otherwise the first
        line of the page that is neither furniture nor metadata, if it reads like a headline.
        """
        content = [i for i, line in enumerate(lines) if line]
        if self.title is not None:
            wanted = fold(self.title)
            return next((i for i in content[:20] if fold(lines[i]) == wanted), None), set()
        candidates = [i for i in content if not self._skippable(lines[i])]
        labels: set[int] = set()
        for position, index in enumerate(candidates):
            line = lines[index]
            following = candidates[position + 1:]
            if not following or not _reads_like_title(line):
                return None, set()
            after = lines[following[0]]
            if _is_section_label(line) and _reads_like_title(after) and len(after.split()) > len(line.split()):
                labels.add(index)  # "World" or "North Korea" over a headline: the section, not the title
                continue
            self.title = line
            return index, labels
        return None, set()

    def _skippable(self, line: str) -> bool:
        """Lines that may stand above a headline: furniture, cut-off crumbs, bylines, dates, credits."""
        return (self._is_furniture(line) or line.endswith(_ELLIPSIS) or self._metadata_kind(line) is not None
                or any(self.rules.after_label(rule, line) is not None for rule in ("credit", "caption")))

    # -- furniture ---------------------------------------------------------------------------
    def _is_furniture(self, line: str) -> bool:
        return self.rules.is_chrome(line) or self._is_crumb(line)

    def _is_crumb(self, line: str) -> bool:
        """A breadcrumb trail: "Home › World › Asia", or crumbs ending in a cut-off title."""
        if len(line.split()) > 30:
            return False
        if self.rules.starts_crumb(line) and (line.endswith(_ELLIPSIS)
                                              or any(sep in line for sep in _CRUMB_SEPARATORS)):
            return True
        if any(len(line.split(arrow)) > 2 for arrow in _CRUMB_ARROWS):  # "News » Asia » Korea"
            return True
        if self.title and line.endswith(_ELLIPSIS):
            words = line.rstrip(".\u2026 ").split()
            title = fold(self.title)
            # the crumbs end with the start of the headline, cut off by the theme
            return any(title.startswith(fold(" ".join(words[k:]))) for k in range(max(len(words) - 2, 0)))
        return False

    # -- metadata lines ----------------------------------------------------------------------
    def _metadata_kind(self, line: str) -> str | None:
        """"byline", "published" or "updated" when the line is one of those, else None."""
        if self._byline(line):
            return "byline"
        for kind in ("updated", "published"):
            rest = self.rules.after_label(kind, line)
            if rest is not None and parse_date(rest):
                return kind
        return "published" if parse_date(line) else None

    def _is_metadata(self, line: str) -> bool:
        """Record a byline or date line; True when the line was one of them."""
        kind = self._metadata_kind(line)
        if kind is None:
            return False
        self.removed.append(line)
        if kind == "byline":
            author, dated = self._byline(line) or (None, None)
            self.author = self.author or author
            self.published = self.published or dated
        elif kind == "published":
            self.published = self.published or parse_date(self.rules.after_label("published", line) or line)
        return True

    def _byline(self, line: str) -> tuple[str, str | None] | None:
        """(author, date) from a byline ("By Jane Doe and Min-ji Park | May 3, 2024"), or None."""
        rest = self.rules.after_label("byline", line)
        if not rest or not is_link_like(rest, max_words=14):
            return None
        names, *others = re.split(r"\s*[|\u2022\u00b7\u2014\u2013]\s*|\s+-\s+", rest)
        names, _, role_or_date = names.partition(",")  # "Jane Doe, Seoul correspondent" / ", May 3, 2024"
        names = names.strip()
        others.append(role_or_date)
        if not all(_is_name(person) for person in re.split(r"\s+and\s+|\s*&\s*", names)):
            return None
        return names, next((date for part in others if (date := parse_date(part))), None)

    # -- captions ----------------------------------------------------------------------------
    def _is_caption(self, line: str, next_line: str | None) -> bool:
        """Record a photo caption (once) and its credits; True when the line was a caption."""
        credit = self.rules.after_label("credit", line)
        if credit is not None:
            names = _split_credits(credit)
            if names:  # "Image source, Reuters": a credit line, furniture once recorded
                self.removed.append(line)
                self._add_credits(names)
                return True
        labelled = self.rules.after_label("caption", line) or credit  # "Photo: <a caption>"
        caption, credits = (labelled, []) if labelled else _split_caption(line)
        if caption is None:
            if fold(line) in {fold(c) for c in self.captions}:
                return True  # the theme printed a caption we already have
            # a short line printed twice in a row is a figure's alt text and its caption
            if (next_line is None or len(line.split()) > _CAPTION_MAX_WORDS
                    or fold(line) != fold(_split_caption(next_line)[0] or next_line)):
                return False
            caption = line
        self.add_caption(caption)
        self._add_credits(credits)
        return True

    def add_figure_caption(self, text: str) -> None:
        """A caption found in the markup (<figcaption>), its credits split off when it has any."""
        caption, credits = _split_caption(text)
        self.add_caption(caption or text)
        self._add_credits(credits)

    def add_caption(self, caption: str) -> None:
        """Keep a caption, once however often the page prints it."""
        if fold(caption) not in {fold(c) for c in self.captions}:
            self.captions.append(caption)

    def _add_credits(self, credits: list[str]) -> None:
        self.credits.extend(c for c in credits if c not in self.credits)


def _reads_like_title(line: str) -> bool:
    """A headline: a short line that does not end like a sentence or a list item."""
    words = line.split()
    return (1 <= len(words) <= 30 and len(line) <= 250 and not line.endswith(_TITLE_END_FORBIDDEN)
            and agency(line) is None and _split_caption(line)[0] is None)


def _is_section_label(line: str) -> bool:
    """One or two capitalised words, as site sections are written ("World", "NorthKorea")."""
    words = line.split()
    return len(words) <= 2 and all(word[0].isupper() for word in words)


def _is_name(text: str) -> bool:
    """Two to five capitalised words ("Jane Doe", "Kim Min-ji", "Jean-Luc de la Fontaine")."""
    words = text.split()
    particles = {"de", "la", "van", "von", "der", "al", "bin", "da", "di", "le"}
    return 2 <= len(words) <= 5 and all(w[0].isupper() or w in particles for w in words) \
        and words[0][0].isupper()


def _split_caption(line: str) -> tuple[str | None, list[str]]:
    """(caption, credits) for a caption line ending " / Agency, Broadcaster"; (None, []) if not."""
    head, separator, tail = line.rpartition(_CAPTION_SPLIT)
    if not separator or len(head.split()) < 4:
        return None, []
    credits = _split_credits(tail)
    return (head.strip(), credits) if credits else (None, [])


def _split_credits(text: str) -> list[str]:
    """Credit names from "Korean Central TV, NK News"; [] when the text is not a list of names."""
    parts = [part.strip() for part in _CREDIT_SEPARATORS.split(text.strip()) if part.strip()]
    valid = 1 <= len(parts) <= 4 and all(
        len(part.split()) <= 5 and (part[0].isupper() or part[0].isdigit())
        and not part.endswith(".") for part in parts)
    return parts if valid else []


def _paragraphs(block: list[str], lines_are_paragraphs: bool) -> list[str]:
    """A blank-line block as paragraphs: hard-wrapped lines joined, otherwise one line each."""
    if lines_are_paragraphs or len(block) < 2:
        return block
    widest = max(len(line) for line in block)
    low, high = _WRAP_WIDTH
    wrapped = (low <= widest <= high
               and all(len(line) >= 0.6 * widest for line in block[:-1])
               and any(not line.endswith((".", "!", "?", '"')) for line in block[:-1]))
    return [" ".join(block)] if wrapped else block
