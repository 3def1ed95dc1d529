"""Running newsgraph over evaluation texts, and reading its output back as spans.

Span-annotated data sets (re3d, DWIE, PolNeAR, CoNLL) give offsets into their own text, so their
texts become Articles verbatim (no cleaning) and evidence offsets compare with gold directly.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph import nlp
from newsgraph.extract import extract_many
from newsgraph.model import Article, Document

Span = tuple[int, int]


def verbatim_article(text: str, source: str) -> Article:
    """An Article whose body is `text` unchanged, so gold offsets point into it."""
    return Article(id=hashlib.sha256(text.encode()).hexdigest(), body=text, source=source)


def analyze_texts(texts: Iterable[tuple[str, str]], model: str | None = None) -> list[Document]:
    """Documents for (source, text) pairs, parsed in one batch with the pipeline loaded once."""
    articles = [verbatim_article(text, source) for source, text in texts]
    return extract_many(articles, nlp.load(model))


def overlaps(a: Span, b: Span) -> bool:
    """True when the half-open character spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def mentions(document: Document, kinds: Iterable[str] | None = None,
             field: str = "body") -> Iterator[tuple[str, Span]]:
    """(actor id, span) for every mention in `field` of actors of the given kinds (all when None)."""
    wanted = set(kinds) if kinds is not None else None
    for actor in document.actors:
        if wanted is not None and actor.kind not in wanted:
            continue
        for m in actor.mentions:
            if m.field == field:
                yield actor.id, (m.start, m.end)


def is_function_words(text: str) -> bool:
    """True for pronouns and other spans made only of function words ("he", "We", "the one")."""
    words = [w for w in text.lower().replace("\u2019", "'").split() if w.strip(".,'\"")]
    return all(w.strip(".,'\"") in STOP_WORDS for w in words)
