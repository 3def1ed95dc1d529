"""The extraction pipeline: named stages over one article's spaCy Docs, run in one documented order.

Each stage is a function `stage(ctx: Context) -> None` registered with `@stage(name, reads, adds)`.
It reads facts earlier stages added to `ctx.document` and appends its own. Stages never touch the
store or the network: text in, facts out.

Order (ORDER below) and why:
  actors    – every later stage points at actor ids
  positions – titles and affiliations need actors
  groups    – delegations need actors and positions (leader = first-named head)
  quotes    – speakers are actors; pronoun continuation needs people's mentions
  claims    – attributed assessments; reuse quote cues but keep non-quote assessments
  relations – "X and Y are allies", with the asserting speaker from quotes
  rankings  – protocol statements and ordered lists need positions
  events    – who did what to whom needs actors and groups; dates and places resolved last
  appraisal – speakers' criticism and praise of another party, as ACCUSE and SUPPORT events merged
              into those found
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.headlines import sentence_case
from newsgraph.model import Article, Document

StageFn = Callable[["Context"], None]


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    reads: tuple[str, ...]
    adds: tuple[str, ...]


REGISTRY: dict[str, Stage] = {}
ORDER = ("actors", "positions", "groups", "quotes", "claims", "relations", "rankings", "events", "appraisal")


def stage(name: str, reads: tuple[str, ...] = (), adds: tuple[str, ...] = ()) -> Callable[[StageFn], StageFn]:
    """Register `fn` as the extraction stage `name`."""

    def register(fn: StageFn) -> StageFn:
        REGISTRY[name] = Stage(name, fn, reads, adds)
        return fn

    return register


@dataclass
class Context:
    """What a stage sees: the article, one spaCy Doc per text field, and the growing Document."""

    article: Article
    docs: dict[str, Doc]
    document: Document
    memo: dict[str, object] = field(default_factory=dict, repr=False)  # results stages share
    _index: dict[str, tuple[list[int], list[tuple[int, int, str]]]] | None = field(default=None, repr=False)

    def fields(self) -> list[str]:
        """Text fields in reading order: title, captions, body."""
        return list(self.docs)

    def actor_at(self, start: int, end: int, field: str = "body") -> str | None:
        """Id of the actor with a mention overlapping [start, end) in `field`, preferring the longest."""
        if self._index is None:
            self.reindex()
        starts, spans = self._index.get(field, ([], []))
        best, best_len = None, -1
        # mentions are short; scan those starting before `end`
        for i in range(bisect_right(starts, end) - 1, -1, -1):
            s, e, actor_id = spans[i]
            if e <= start:
                if start - s > 200:
                    break
                continue
            if s < end and e - s > best_len:
                best, best_len = actor_id, e - s
        return best

    def reindex(self) -> None:
        """Rebuild the mention index after actors change."""
        index: dict[str, list[tuple[int, int, str]]] = {}
        for actor in self.document.actors:
            for m in actor.mentions:
                index.setdefault(m.field, []).append((m.start, m.end, actor.id))
        self._index = {}
        for f, spans in index.items():
            spans.sort()
            self._index[f] = ([s for s, _, _ in spans], spans)


def _import_stages() -> None:
    # Importing the stage modules registers them; kept here so the order above is the one place.
    from newsgraph.extract import (  # noqa: F401, PLC0415
        actors, appraisal, claims, events, groups, positions, quotes, rankings, relations,
    )


def texts_of(article: Article) -> dict[str, str]:
    """The fields spaCy reads, keyed by evidence field name; Title Case headlines are read in
    sentence case (`headlines.sentence_case`: letter case only, so offsets hold)."""
    out = {"body": sentence_case(article.body)}
    if article.title:
        out["title"] = sentence_case(article.title, article.body)
    for i, caption in enumerate(article.captions):
        out[f"captions/{i}"] = caption
    return out


def run_stages(article: Article, docs: dict[str, Doc], stages: tuple[str, ...] = ORDER) -> Document:
    """Run the named stages over already-parsed Docs and return the Document."""
    _import_stages()
    for name, doc in docs.items():
        doc.user_data["field"] = name  # so grammar can tell a headline's by its field
    ctx = Context(article=article, docs=docs, document=Document(article=article))
    for name in stages:
        REGISTRY[name].fn(ctx)
        ctx._index = None
    return ctx.document


def extract(article: Article, nlp: Language, stages: tuple[str, ...] = ORDER) -> Document:
    """Parse the article's fields with `nlp` and run the extraction stages over them."""
    texts = texts_of(article)
    docs = dict(zip(texts, nlp.pipe(texts.values())))
    return run_stages(article, docs, stages)


def extract_many(articles: list[Article], nlp: Language, stages: tuple[str, ...] = ORDER,
                 batch_size: int = 32) -> list[Document]:
    """Like `extract` for many articles, batching all their fields through one `nlp.pipe`."""
    keys, texts = [], []
    for i, article in enumerate(articles):
        for f, t in texts_of(article).items():
            keys.append((i, f))
            texts.append(t)
    per_article: list[dict[str, Doc]] = [{} for _ in articles]
    for (i, f), doc in zip(keys, nlp.pipe(texts, batch_size=batch_size)):
        per_article[i][f] = doc
    return [run_stages(a, d, stages) for a, d in zip(articles, per_article)]
