"""Titles used as names: "the Russian Foreign Minister" in an article of day D is the one person
the store knows to hold that post for that country around D.

A person actor whose name is a title and nothing else (an optional "the", an optional state word,
then a post phrase ending in its head noun, or a head noun and its portfolio) is a title
reference. Its holder is looked up in the positions of other
articles: people linked to a canonical actor, reported in a post with the same folded title and
country, whose first/last seen dates (widened by `HOLDING_MARGIN_DAYS`) contain D. Exactly one
such holder resolves the reference; when several hold it then, each is recorded as a rejected
candidate with that reason, and (as when none does) the ordinary name resolution decides, where a
bare title can only join other mentions of the same title.

Limit: this works on the actors a document lists. The extraction (`newsgraph.extract`) does not yet
emit a person actor for a bare title ("the minister said"), so on extracted articles it takes
effect only where a document carries such an actor (composed documents, other producers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from newsgraph.extract.lexicon import is_title_head, is_title_word
from newsgraph.extract.states import code_of
from newsgraph.resolve.match import title_key
from newsgraph.store import schema as t

# A post reported on days F..L is taken as held from F - margin to L + margin: wire reports name a
# minister every few weeks, so a day between two reports, or shortly after the last, is covered.
HOLDING_MARGIN_DAYS = 60
_JOINING = frozenset({"of", "for", "and", "the", "on", "in"})
# Longest post phrase taken for a title reference ("First Vice-Chairman of the State Affairs Commission").
MAX_TITLE_WORDS = 8


@dataclass(frozen=True)
class TitleReference:
    """A post named instead of its holder: folded title, and the state when the text gives one."""

    title: str
    country: str | None


@dataclass(frozen=True)
class Holder:
    """A canonical actor reported in a post, with the first and last day it was reported."""

    canonical_id: int
    name: str
    first_seen: str
    last_seen: str


def title_reference(name: str, country: str | None = None) -> TitleReference | None:
    """The post `name` consists of ("the Russian Foreign Minister" -> foreign minister, RUS), or
    None when it holds anything but a title. `country` (the actor's) applies when the name has none."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for size in (2, 1):  # "North Korean Premier" before "Korean ..."
        code = code_of(" ".join(words[:size])) if len(words) > size else None
        if code:
            words, country = words[size:], code
            break
    # English posts end in their head noun ("Defence Minister", "Minister of Defence" reads as a
    # head followed by its portfolio): a phrase ending anywhere else is a name or a description.
    if not words or len(words) > MAX_TITLE_WORDS or any(w[:1].isdigit() for w in words):
        return None
    ends_in_head = is_title_head(words[-1]) or is_title_head(" ".join(words))
    head_with_portfolio = is_title_head(words[0]) and len(words) > 2 and words[1].lower() in _JOINING
    if not (ends_in_head or head_with_portfolio) or not is_title_word(words[0]) and not words[0][:1].isupper():
        return None
    return TitleReference(title_key(" ".join(words)), country)


def title_prefix(column: sa.ColumnElement[str], title: str) -> list[sa.ColumnElement[bool]]:
    """A condition narrowing `column` to titles that start with `title`'s first word in any case,
    so an index-assisted query finds the few rows to fold in Python. SQL's lower() folds ASCII
    only, so for other titles no condition is given (all rows are compared in Python).

    The prefix is also given as a range on lower(column), which the index on it serves on every
    backend (a LIKE is served by none under PostgreSQL's locale collations, nor by SQLite's
    case-insensitive LIKE); the LIKE keeps the condition exact where a collation's range is wider."""
    first = re.match(r"[^\W\d_]+", title)
    if first is None or not first.group().isascii():
        return []
    word, folded = first.group().lower(), sa.func.lower(column)
    conditions = [folded >= word, folded.like(word + "%")]
    # Past every string that starts with `word`: its last letter below "z" raised ("chairman" ->
    # "chairmao", "jazz" -> "jb"), a letter in byte and locale orders alike.
    if stem := word.rstrip("z"):
        conditions.append(folded < stem[:-1] + chr(ord(stem[-1]) + 1))
    return conditions


def holders(connection: Connection, reference: TitleReference, on: str,
            exclude_article: str | None = None) -> list[Holder]:
    """Canonical actors reported in `reference`'s post (for its country, when known) whose
    reported tenure, widened by the margin, contains the day `on` (ISO date)."""
    p, link, art, c = t.position, t.actor_link, t.article, t.canonical_actor
    query = (sa.select(link.c.canonical_id, c.c.name, p.c.title, art.c.published)
             .join(link, sa.and_(link.c.article_id == p.c.article_id, link.c.actor_id == p.c.holder))
             .join(c, c.c.id == link.c.canonical_id)
             .join(art, art.c.id == p.c.article_id)
             .where(*title_prefix(p.c.title, reference.title), c.c.kind == "person",
                    c.c.merged_into.is_(None), art.c.published.is_not(None),
                    sa.or_(p.c.qualifier.is_(None), p.c.qualifier != "former")))
    if reference.country:
        query = query.where(p.c.country == reference.country)
    if exclude_article:
        query = query.where(p.c.article_id != exclude_article)
    spans: dict[int, Holder] = {}
    for row in connection.execute(query):
        if title_key(row.title) != reference.title:
            continue
        day = row.published[:10]
        seen = spans.get(row.canonical_id)
        spans[row.canonical_id] = Holder(row.canonical_id, row.name, min(day, seen.first_seen) if seen else day,
                                         max(day, seen.last_seen) if seen else day)
    margin, day = timedelta(days=HOLDING_MARGIN_DAYS), date.fromisoformat(on[:10])
    return [h for h in sorted(spans.values(), key=lambda h: h.canonical_id)
            if date.fromisoformat(h.first_seen) - margin <= day <= date.fromisoformat(h.last_seen) + margin]
