"""Site chrome: the phrases of page furniture, loaded from `data/chrome.tsv`.

This module only answers questions about single lines ("is this a share bar?", "does this line
start with a byline label?"); deciding what to do with a page's lines is `clean`'s job.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from importlib import resources

RULES = ("line", "prefix", "regex", "share", "block", "crumb",
         "published", "updated", "byline", "credit", "caption")
_SENTENCE_END = (".", '."', ".'", ";")  # headlines may end in "?" or "!", sentences end so


def fold(line: str) -> str:
    """The form lines are compared in: casefolded, inner whitespace collapsed."""
    return " ".join(line.split()).casefold()


def is_link_like(line: str, max_words: int = 15) -> bool:
    """Short and without a closing full stop: a headline, menu item or tag, not a sentence."""
    return len(line.split()) <= max_words and not line.rstrip().endswith(_SENTENCE_END)


class Chrome:
    """Rules for recognising chrome lines, grouped by rule name (see the header of chrome.tsv)."""

    def __init__(self, patterns: dict[str, tuple[str, ...]]) -> None:
        self.patterns = patterns
        self._lines = frozenset(fold(p) for p in patterns["line"])
        self._prefixes = tuple(fold(p) for p in patterns["prefix"])
        self._regexes = tuple(re.compile(p, re.I) for p in patterns["regex"])
        self._share = frozenset(fold(p) for p in patterns["share"])
        self._blocks = tuple(fold(p).rstrip(":") for p in patterns["block"])
        self._crumbs = frozenset(fold(p) for p in patterns["crumb"])

    @classmethod
    def from_tsv(cls, text: str) -> Chrome:
        """Parse the rule table; unknown rule names are an error, so typos cannot pass silently."""
        grouped: dict[str, list[str]] = defaultdict(list)
        for number, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip() or raw.startswith("#"):
                continue
            rule, _, pattern = raw.partition("\t")
            if rule not in RULES or not pattern.strip():
                raise ValueError(f"chrome.tsv line {number}: bad rule {raw!r}")
            grouped[rule].append(pattern.strip())
        return cls({rule: tuple(grouped.get(rule, ())) for rule in RULES})

    def is_chrome(self, line: str) -> bool:
        """A line that is furniture on its own: comment forms, share bars, cookie notices, ads."""
        folded = fold(line)
        return (folded in self._lines
                or folded.startswith(self._prefixes)
                or any(regex.fullmatch(folded) for regex in self._regexes)
                or self._is_share_bar(folded))

    def _is_share_bar(self, folded: str) -> bool:
        tokens = folded.replace(",", " ").split()
        return bool(tokens) and all(token in self._share for token in tokens)

    def opens_block(self, line: str) -> bool:
        """A heading such as "Related posts" or "More from X" that a list of links follows."""
        if not is_link_like(line, max_words=8):
            return False
        folded = fold(line).rstrip(":")
        return any(folded == head or folded.startswith(head + " ") for head in self._blocks)

    def starts_crumb(self, line: str) -> bool:
        """A line opening with a breadcrumb root ("Home News World ...")."""
        return fold(line).split(" ", 1)[0] in self._crumbs

    def after_label(self, rule: str, line: str) -> str | None:
        """The rest of `line` after one of `rule`'s labels ("By", "Published", "Image source,").

        None when the line does not start with such a label. A label ending in a letter must be
        followed by a space or colon, so "Byzantine" does not start with "By".
        """
        for label in sorted(self.patterns[rule], key=len, reverse=True):
            if line[: len(label)].casefold() != label.casefold():
                continue
            rest = line[len(label):]
            if label[-1].isalnum() and rest[:1] not in ("", " ", ":"):
                continue
            return rest.lstrip(" :").strip()
        return None


@cache
def load() -> Chrome:
    """The packaged rule table (read once per process)."""
    text = resources.files("newsgraph.ingest").joinpath("data/chrome.tsv").read_text(encoding="utf-8")
    return Chrome.from_tsv(text)
