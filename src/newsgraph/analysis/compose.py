"""Composing a Document by hand: facts named by the words of the text, evidence found in it.

For tests, benchmarks and examples that need stored documents without running extraction:
`Composer(body).actor("Kim Jong Un", country="PRK")` finds every mention of the name in the body,
`.event("CONSULT", [a], [b], verb="held talks")` points its evidence at the verb. A phrase that is
not in the text raises ValueError, so a composed document is always consistent with its text.
"""

from __future__ import annotations

import hashlib

from newsgraph.model import Actor, Article, Document, Event, Evidence, Group, Mention, Position, Quote, Ranking


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + len(needle))
    return spans


class Composer:
    """Builds one Document over `body`; the article id is the body's sha256 unless given."""

    def __init__(self, body: str, *, title: str | None = None, outlet: str | None = None,
                 published: str | None = None, url: str | None = None, article_id: str | None = None) -> None:
        self.article = Article(id=article_id or hashlib.sha256(body.encode()).hexdigest(), title=title,
                               outlet=outlet, published=published, url=url, body=body)
        self.document = Document(article=self.article)

    def at(self, phrase: str) -> Evidence:
        """Evidence for the first occurrence of `phrase` in the body."""
        spans = _spans(self.article.body, phrase)
        if not spans:
            raise ValueError(f"{phrase!r} is not in the article")
        return Evidence(start=spans[0][0], end=spans[0][1])

    def actor(self, name: str, kind: str = "person", country: str | None = None,
              aliases: tuple[str, ...] = ()) -> str:
        """Add an actor mentioned wherever its name or an alias occurs; returns its id."""
        mentions = [Mention(start=s, end=e, text=phrase)
                    for phrase in (name, *aliases) for s, e in _spans(self.article.body, phrase)]
        if not mentions:
            raise ValueError(f"{name!r} is not in the article")
        actor_id = f"a{len(self.document.actors) + 1}"
        self.document.actors.append(Actor(id=actor_id, name=name, kind=kind, country=country,
                                          aliases=list(aliases), mentions=sorted(mentions, key=lambda m: m.start)))
        return actor_id

    def position(self, holder: str, title: str, organization: str | None = None,
                 country: str | None = None) -> None:
        """Add a post held by actor `holder`; evidence is the title as printed."""
        self.document.positions.append(Position(holder=holder, title=title, organization=organization,
                                                country=country, evidence=self.at(title)))

    def group(self, phrase: str, *, country: str | None = None, host: str | None = None,
              size: int | None = None, leader: str | None = None, members: tuple[str, ...] = (),
              parties: tuple[str, ...] = (), occasion: str | None = None, kind: str = "delegation") -> str:
        """Add a group (a delegation by default) read at `phrase`; returns its id."""
        group_id = f"g{len(self.document.groups) + 1}"
        self.document.groups.append(Group(id=group_id, name=phrase, kind=kind, country=country, host=host,
                                          size=size, leader=leader, members=list(members), parties=list(parties),
                                          occasion=occasion, evidence=self.at(phrase)))
        return group_id

    def event(self, plover: str, source: list[str], target: list[str], verb: str, *, date: str | None = None,
              location: str | None = None, mode: str | None = None) -> str:
        """Add an event read at `verb`; returns its id."""
        event_id = f"e{len(self.document.events) + 1}"
        self.document.events.append(Event(id=event_id, plover=plover, mode=mode, verb=verb, source=source,
                                          target=target, date=date, location=location, evidence=self.at(verb)))
        return event_id

    def quote(self, speaker: str, text: str, direct: bool = True) -> None:
        """Add what `speaker` said, read at `text`."""
        self.document.quotes.append(Quote(speaker=speaker, text=text, direct=direct, evidence=self.at(text)))

    def ranking(self, order: list[str], phrase: str, occasion: str | None = None, kind: str = "protocol") -> None:
        """Add an ordering of actor ids (first is highest) read at `phrase`."""
        self.document.rankings.append(Ranking(kind=kind, occasion=occasion, order=order, evidence=self.at(phrase)))
