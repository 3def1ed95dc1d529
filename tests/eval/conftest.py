"""Hand-built Documents for scorer tests: actors are placed by the text they mention."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Actor, Article, Document, Mention


def _span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def build(text: str, actors: dict[str, tuple[str, str, list[str]]], **facts: Any) -> Document:
    """A Document over `text`; `actors` maps id -> (name, kind, [mentioned words, first occurrence]).

    A mention written "words#2" is the third occurrence of `words`.
    """
    document = Document(article=Article(id="t", body=text), **facts)
    for actor_id, (name, kind, words) in actors.items():
        mentions = []
        for w in words:
            phrase, _, nth = w.partition("#")
            start, end = _span(text, phrase, int(nth or 0))
            mentions.append(Mention(start=start, end=end, text=phrase))
        document.actors.append(Actor(id=actor_id, name=name, kind=kind, mentions=mentions))
    return document


@pytest.fixture
def document():
    """The `build` helper."""
    return build


@pytest.fixture
def span():
    """(start, end) of the nth occurrence of words in text."""
    return _span
