"""Linking a stored article's actors to canonical actors, recording every decision as a row.

`resolve_article` runs after an article is saved: each of its actors is compared (`match.decide`)
with the canonical actors that share its block key (a person's family name, another actor's
folded name); it joins the best one the evidence supports, or founds a new canonical actor. Each
outcome, and each candidate turned down with a non-zero score, becomes a `merge_decision` row with
its reason. Names a user split off a canonical actor are never linked back to it. A person
named only by a post ("the Russian Foreign Minister") joins the one person known to hold that post
on the article's day (`newsgraph.resolve.titles`), a decision recorded with that reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from newsgraph.extract.names import fold
from newsgraph.model import Actor, Document
from newsgraph.resolve.match import ActorRecord, Decision, decide
from newsgraph.resolve.names import NameRelation, compare_names, person_name
from newsgraph.resolve.titles import holders, title_reference
from newsgraph.store import Store
from newsgraph.store import schema as t

RESOLVER = "resolver"
# How many of a canonical actor's most recent articles its counterparts are read from: enough to
# know who someone appears with, bounded so a head of state's thousands of articles stay cheap.
COUNTERPART_ARTICLES = 50


@dataclass(frozen=True)
class Link:
    """Where one of the article's actors went: its canonical actor and the decision that put it there."""

    actor_id: str
    canonical_id: int
    outcome: str  # "linked" to an existing canonical actor, or "new"
    score: float
    reason: str


def name_key(name: str, kind: str) -> str:
    """The exact-lookup key of a name: folded, transliteration-folded for people."""
    return person_name(name).key if kind == "person" else fold(name)


def block_key(name: str, kind: str, country: str | None = None) -> str:
    """The key candidates are looked up by: a person's family name, a state's code ("Russia" and
    "the Russian Federation" are one state), another actor's folded name."""
    if kind == "state" and country:
        return country
    return person_name(name).family if kind == "person" else fold(name)


def resolve_article(store: Store, article_id: str) -> list[Link]:
    """Link every not-yet-linked actor of the stored article `article_id` to a canonical actor.

    Idempotent: actors already linked keep their link. Raises KeyError when the article is absent.
    """
    document = store.get(article_id)
    with store.engine.begin() as connection:
        linked = set(connection.scalars(sa.select(t.actor_link.c.actor_id)
                                        .where(t.actor_link.c.article_id == article_id)))
        return [_resolve_actor(connection, document, actor) for actor in document.actors
                if actor.id not in linked]


def _titles(document: Document, actor_id: str) -> frozenset[str]:
    return frozenset(p.title for p in document.positions if p.holder == actor_id)


def _counterparts(document: Document, actor_id: str) -> frozenset[str]:
    return frozenset(person_name(a.name).key for a in document.actors
                     if a.kind == "person" and a.id != actor_id)


def _resolve_actor(connection: Connection, document: Document, actor: Actor) -> Link:
    names = (actor.name, *(a for a in actor.aliases if a != actor.name))
    record = ActorRecord(names=names, kind=actor.kind, country=actor.country,
                         titles=_titles(document, actor.id), counterparts=_counterparts(document, actor.id))
    key = name_key(actor.name, actor.kind)
    now = datetime.now(UTC)
    decisions: list[tuple[int, Decision]] = []
    by_title = _title_holders(connection, document, actor)
    if len(by_title) == 1 and _kept_apart(connection, by_title[0][0], key):
        by_title = [(by_title[0][0], Decision(False, 0.0, f"a user split {key!r} off this actor"))]
    decisions += by_title
    # A title reference is no name: only its holder, never a namesake, can be this actor.
    for candidate in _candidates(connection, actor, names) if len(by_title) != 1 else ():
        if _kept_apart(connection, candidate.id, key):
            decisions.append((candidate.id, Decision(False, 0.0, f"a user split {key!r} off this actor")))
            continue
        decisions.append((candidate.id, decide(_canonical_record(connection, candidate), record)))
    accepted = sorted(((d.score, -cid, cid, d) for cid, d in decisions if d.same), reverse=True)
    if accepted:
        _, _, canonical_id, decision = accepted[0]
        outcome = "linked"
        if actor.country:
            connection.execute(t.canonical_actor.update()
                               .where(t.canonical_actor.c.id == canonical_id, t.canonical_actor.c.country.is_(None))
                               .values(country=actor.country))
    else:
        canonical_id = connection.execute(t.canonical_actor.insert().values(
            name=actor.name, kind=actor.kind, country=actor.country, created_at=now)).inserted_primary_key[0]
        rejected = [d.reason for _, d in decisions if d.score > 0]
        decision = Decision(False, 100.0, "no canonical actor matched" + (f" (best: {rejected[0]})" if rejected else ""))
        outcome = "new"
    article_id = document.article.id
    connection.execute(t.actor_link.insert().values(
        article_id=article_id, actor_id=actor.id, canonical_id=canonical_id, name_key=key,
        block=block_key(actor.name, actor.kind, actor.country), decided_by=RESOLVER))
    rows = [dict(canonical_id=canonical_id, outcome=outcome, score=decision.score, reason=decision.reason)]
    rows += [dict(canonical_id=cid, outcome="rejected", score=d.score, reason=d.reason)
             for cid, d in decisions if cid != canonical_id and d.score > 0]
    connection.execute(t.merge_decision.insert(), [
        dict(row, article_id=article_id, actor_id=actor.id, decided_by=RESOLVER, decided_at=now) for row in rows])
    return Link(actor.id, canonical_id, outcome, decision.score, decision.reason)


def _title_holders(connection: Connection, document: Document, actor: Actor) -> list[tuple[int, Decision]]:
    """When `actor` is a person named only by a post ("the Russian Foreign Minister"), the
    canonical actors reported in that post around the article's day: one is accepted, several
    are all turned down (none can be told from the others), each with its reason."""
    reference = title_reference(actor.name, actor.country) if actor.kind == "person" else None
    published = document.article.published
    if reference is None or not published:
        return []
    found = holders(connection, reference, published, exclude_article=document.article.id)
    post = f"{reference.title!r}" + (f" of {reference.country}" if reference.country else "")
    said = f"title used as name: {actor.name!r} on {published[:10]}"
    said += f" is the only holder of {post} then:" if len(found) == 1 else f": {len(found)} holders of {post} then, one is"
    return [(h.canonical_id, Decision(len(found) == 1, 90.0 if len(found) == 1 else 50.0,
                                      f"{said} {h.name!r} (reported {h.first_seen} to {h.last_seen})"))
            for h in found]


def _candidates(connection: Connection, actor: Actor, names: tuple[str, ...]) -> list[sa.Row]:
    """Canonical actors of the same kind whose links share a block key with one of `names` and,
    for people, have a name that can be theirs (not merely the same family name): only these
    are worth reading in full."""
    blocks = {block_key(n, actor.kind, actor.country) for n in names} - {""}
    c, link = t.canonical_actor, t.actor_link
    keys = connection.execute(sa.select(link.c.canonical_id, link.c.name_key)
                              .where(link.c.block.in_(blocks)).distinct()).all()
    if actor.kind == "person":
        mine = [person_name(n) for n in names]
        keys = [k for k in keys if any(compare_names(m, person_name(k.name_key)) is not NameRelation.different
                                       for m in mine)]
    ids = {k.canonical_id for k in keys}
    query = (sa.select(c).where(c.c.id.in_(ids), c.c.kind == actor.kind, c.c.merged_into.is_(None))
             .order_by(c.c.id))
    return list(connection.execute(query))


def _kept_apart(connection: Connection, canonical_id: int, key: str) -> bool:
    o = t.actor_override
    query = sa.select(o.c.id).where(o.c.action == "split", o.c.canonical_id == canonical_id, o.c.name_key == key)
    return connection.scalar(query.limit(1)) is not None


def _canonical_record(connection: Connection, canonical: sa.Row) -> ActorRecord:
    """What the store knows of a canonical actor: every name its mentions used, their titles,
    and the people its most recent articles name beside it."""
    link, a, p = t.actor_link, t.actor, t.position
    mine = link.c.canonical_id == canonical.id
    joined = link.join(a, sa.and_(a.c.article_id == link.c.article_id, a.c.id == link.c.actor_id))
    names = list(dict.fromkeys(connection.scalars(sa.select(a.c.name).select_from(joined).where(mine)
                                                  .order_by(a.c.article_id, a.c.ordinal))))
    titles = connection.scalars(sa.select(p.c.title).select_from(
        link.join(p, sa.and_(p.c.article_id == link.c.article_id, p.c.holder == link.c.actor_id))).where(mine))
    recent = (sa.select(link.c.article_id, link.c.actor_id).where(mine)
              .order_by(link.c.article_id.desc()).limit(COUNTERPART_ARTICLES).subquery())
    others = connection.scalars(
        sa.select(a.c.name).join(recent, recent.c.article_id == a.c.article_id)
        .where(a.c.kind == "person", a.c.id != recent.c.actor_id))
    return ActorRecord(names=tuple(names) or (canonical.name,), kind=canonical.kind, country=canonical.country,
                       titles=frozenset(titles), counterparts=frozenset(person_name(n).key for n in others))


def unresolved_articles(store: Store) -> list[str]:
    """Ids of stored articles with an actor not yet linked to a canonical actor, oldest first."""
    a, link, art = t.actor, t.actor_link, t.article
    pending = (sa.select(a.c.article_id).join(art, art.c.id == a.c.article_id)
               .outerjoin(link, sa.and_(link.c.article_id == a.c.article_id, link.c.actor_id == a.c.id))
               .where(link.c.canonical_id.is_(None)).group_by(a.c.article_id)
               .order_by(sa.func.min(art.c.ingested_at), a.c.article_id))
    with store.engine.connect() as connection:
        return list(connection.scalars(pending))
