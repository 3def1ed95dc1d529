"""An actor's profile across every article: names, posts over time (with conflicts flagged, not
resolved), groups, events by type, quotes, counterparts, first and last seen, sources."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from newsgraph.analysis.events import load_events
from newsgraph.analysis.parties import actor, canonical_participations
from newsgraph.extract.lexicon import is_title_qualifier
from newsgraph.extract.names import fold
from newsgraph.resolve.titles import title_prefix
from newsgraph.store import Store
from newsgraph.store import schema as t

# Most quotes a profile lists (newest first); the count covers them all.
QUOTES_SHOWN = 20


@dataclass
class Post:
    """A post as the articles state it: first and last day it was reported, and by whom."""

    title: str
    country: str | None
    first_seen: str | None
    last_seen: str | None
    reports: int = 0
    outlets: list[str] = field(default_factory=list)
    former_on: list[str] = field(default_factory=list)  # days it was reported as a former post


@dataclass(frozen=True)
class Conflict:
    """Two reports that cannot both be right, side by side with their sources."""

    post: str
    what: str
    sources: list[str]


@dataclass(frozen=True)
class QuoteSeen:
    published: str | None
    outlet: str | None
    text: str
    direct: bool


@dataclass
class Profile:
    """Everything the store knows of one canonical actor."""

    id: int
    name: str
    kind: str
    country: str | None
    names: dict[str, int]
    articles: int
    first_seen: str | None
    last_seen: str | None
    posts: list[Post]
    conflicts: list[Conflict]
    groups: list[str]
    events_by_type: dict[str, int]
    counterparts: list[tuple[str, int]]
    quotes: list[QuoteSeen]
    quote_count: int
    sources: dict[str, int]


def _links(canonical_id: int) -> sa.Subquery:
    link, art = t.actor_link, t.article
    return (sa.select(link.c.article_id, link.c.actor_id, art.c.published, art.c.outlet)
            .join(art, art.c.id == link.c.article_id).where(link.c.canonical_id == canonical_id).subquery())


def _posts(connection: Connection, canonical_id: int) -> tuple[list[Post], list[Conflict]]:
    """The actor's posts: reports of one title in any case or spacing ("General  Secretary",
    "general secretary") and country are one post, shown in its most common written form."""
    p, links = t.position, _links(canonical_id)
    rows = connection.execute(
        sa.select(p.c.title, p.c.country, p.c.qualifier, links.c.published, links.c.outlet)
        .join(links, sa.and_(links.c.article_id == p.c.article_id, links.c.actor_id == p.c.holder))
        .order_by(links.c.published))
    posts: dict[tuple[str, str | None], Post] = {}
    forms: dict[tuple[str, str | None], Counter[str]] = {}
    for row in rows:
        key = (fold(row.title), row.country)
        post = posts.setdefault(key, Post(row.title, row.country, row.published, row.published))
        # Counter keeps first-seen order, so most_common breaks ties in favour of the earliest form.
        forms.setdefault(key, Counter())[" ".join(row.title.split())] += 1
        if row.qualifier == "former":
            post.former_on.append(row.published or "")
            continue
        post.first_seen = min(filter(None, (post.first_seen, row.published)), default=None)
        post.last_seen = max(filter(None, (post.last_seen, row.published)), default=None)
        post.reports += 1
        if row.outlet and row.outlet not in post.outlets:
            post.outlets.append(row.outlet)
    for key, post in posts.items():
        post.title = forms[key].most_common(1)[0][0]
    conflicts = [c for post in posts.values() for c in _contradictions(post)]
    conflicts += [c for post in posts.values() if _single_holder(post.title)
                  for c in _other_holders(connection, canonical_id, post)]
    return sorted(posts.values(), key=lambda q: (q.first_seen or "", q.title)), conflicts


def _contradictions(post: Post) -> list[Conflict]:
    """A post reported as former, and as current on a later day."""
    later = [d for d in post.former_on if post.last_seen and d and d < post.last_seen]
    if not later or not post.reports:
        return []
    return [Conflict(post.title, f"reported as former on {later[0]} but as current on {post.last_seen}",
                     post.outlets)]


@functools.lru_cache(maxsize=1)
def _shared_post_words() -> frozenset[str]:
    text = resources.files("newsgraph.analysis.data").joinpath("shared_posts.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _single_holder(title: str) -> bool:
    """A post one person holds at a time: no qualifier ("deputy", "vice") and no word of a post
    many hold at once (`data/shared_posts.txt`: ambassador, governor, member ...)."""
    words = fold(title).split()
    return bool(words) and not any(is_title_qualifier(w) or w in _shared_post_words() for w in words)


def _other_holders(connection: Connection, canonical_id: int, post: Post) -> list[Conflict]:
    """Other people reported in the same post (same title, in any case or spacing, and country)
    while this actor held it."""
    p, link, art, a = t.position, t.actor_link, t.article, t.actor
    rows = connection.execute(
        sa.select(link.c.canonical_id, a.c.name, p.c.title, art.c.published, art.c.outlet)
        .join(link, sa.and_(link.c.article_id == p.c.article_id, link.c.actor_id == p.c.holder))
        .join(a, sa.and_(a.c.article_id == p.c.article_id, a.c.id == p.c.holder))
        .join(art, art.c.id == p.c.article_id)
        # Narrowed in SQL by the first word; spacing and punctuation compared below.
        .where(*title_prefix(p.c.title, post.title),
               p.c.country.is_(None) if post.country is None else p.c.country == post.country,
               sa.or_(p.c.qualifier.is_(None), p.c.qualifier != "former"),
               link.c.canonical_id != canonical_id, a.c.kind == "person",
               art.c.published.between(post.first_seen or "", post.last_seen or "9999"))
        .order_by(art.c.published, art.c.outlet))
    key, first = fold(post.title), {}
    for row in rows:
        if fold(row.title) == key:
            first.setdefault(row.canonical_id, row)
    return [Conflict(post.title, f"also held by {row.name} on {row.published}",
                     sorted({row.outlet, *post.outlets} - {None})) for row in first.values()]


def profile(store: Store, name: str) -> Profile:
    """The profile of the actor `name` names (any spelling, or "#id"). Raises NotFound."""
    with store.engine.connect() as connection:
        row = actor(connection, name)
        links, a = _links(row.id), t.actor
        seen = list(connection.execute(
            sa.select(links.c.article_id, links.c.published, links.c.outlet, a.c.name)
            .join(a, sa.and_(a.c.article_id == links.c.article_id, a.c.id == links.c.actor_id))))
        posts, conflicts = _posts(connection, row.id)
        events = load_events(connection, canonical_participations(row.id))
        counterparts: Counter[str] = Counter()
        for event in events:
            counterparts.update({p.name if p.canonical_id is None else f"#{p.canonical_id}"
                                 for p in event.participants if p.canonical_id != row.id})
        names = dict(connection.execute(sa.select(t.canonical_actor.c.id, t.canonical_actor.c.name).where(
            t.canonical_actor.c.id.in_([int(k[1:]) for k in counterparts if k.startswith("#")]))).all())
        g, m = t.actor_group, t.group_member
        in_group = sa.or_(g.c.leader == links.c.actor_id, sa.exists().where(
            m.c.article_id == g.c.article_id, m.c.group_id == g.c.id, m.c.actor_id == links.c.actor_id))
        groups = list(dict.fromkeys(connection.scalars(
            sa.select(g.c.name).join(links, links.c.article_id == g.c.article_id).where(in_group)
            .order_by(links.c.published))))
        q = t.quote
        quotes = [QuoteSeen(r.published, r.outlet, r.text, r.direct) for r in connection.execute(
            sa.select(q.c.text, q.c.direct, links.c.published, links.c.outlet)
            .join(links, sa.and_(links.c.article_id == q.c.article_id, links.c.actor_id == q.c.speaker))
            .order_by(links.c.published.desc(), q.c.ordinal))]
    days = sorted(r.published for r in seen if r.published)
    return Profile(
        id=row.id, name=row.name, kind=row.kind, country=row.country,
        names=dict(Counter(r.name for r in seen).most_common()),
        articles=len({r.article_id for r in seen}),
        first_seen=days[0] if days else None, last_seen=days[-1] if days else None,
        posts=posts, conflicts=conflicts, groups=groups,
        events_by_type=dict(Counter(e.plover for e in events).most_common()),
        counterparts=[(names.get(int(k[1:]), k) if k.startswith("#") else k, n)
                      for k, n in counterparts.most_common(10)],
        quotes=quotes[:QUOTES_SHOWN], quote_count=len(quotes),
        sources=dict(Counter(r.outlet or "unknown outlet" for r in seen).most_common()),
    )
