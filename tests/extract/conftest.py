"""Fixtures for extraction-stage tests: a Context over a written text with hand-given actors.

Stages after `actors` are tested against actors given here, so their tests do not move when the
actors stage improves.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from newsgraph.extract.pipeline import Context, texts_of
from newsgraph.model import Actor, Article, Document, Evidence, Mention, Position

ActorSpec = tuple[str, str] | tuple[str, str, tuple[str, ...]]


def _mentions(text: str, names: tuple[str, ...]) -> list[Mention]:
    found: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(x.start < m.end() and m.start() < x.end for x in found):
                found.append(Mention(start=m.start(), end=m.end(), text=m.group()))
    return sorted(found, key=lambda m: m.start)


@pytest.fixture(scope="session")
def context_of(nlp) -> Callable[..., Context]:
    """Build a Context: `context_of(text, [(name, kind, (aliases...)), ...], positions=[(name, title)])`."""

    def build(text: str, actors: list[ActorSpec], positions: list[tuple[str, str]] = ()) -> Context:
        article = Article(id="test", body=text)
        docs = dict(zip(texts_of(article), nlp.pipe(texts_of(article).values())))
        document = Document(article=article)
        for i, (name, kind, *rest) in enumerate(actors, start=1):
            aliases = tuple(rest[0]) if rest else ()
            document.actors.append(Actor(id=f"a{i}", name=name, kind=kind, aliases=list(aliases),
                                         mentions=_mentions(article.body, (name, *aliases))))
        for holder, title in positions:
            start = article.body.index(title)
            actor = next(a for a in document.actors if a.name == holder)
            document.positions.append(Position(holder=actor.id, title=title,
                                               evidence=Evidence(start=start, end=start + len(title))))
        return Context(article=article, docs=docs, document=document)

    return build


@pytest.fixture
def name_of():
    """The name of an actor id in a Context's document (None for None)."""

    def name(ctx: Context, actor_id: str | None) -> str | None:
        return None if actor_id is None else ctx.document.actor(actor_id).name

    return name
