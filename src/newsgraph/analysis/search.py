"""Full-text search over stored articles: SQLite FTS5, PostgreSQL full-text, or LIKE elsewhere.

On SQLite the FTS5 index (`article_search`) is built on first use and brought up to date at each
search from the articles added since (by rowid); it is derived data, not part of the migrated
schema, and can be dropped at any time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from newsgraph.analysis.events import Window
from newsgraph.store import Store
from newsgraph.store import schema as t

FTS_TABLE = "article_search"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    """An article that matches, with a snippet of the matching text."""

    article_id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    duplicate_of: str | None
    snippet: str


def _terms(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _sync_fts(connection: Connection) -> None:
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')")
    connection.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, title, body) SELECT rowid, coalesce(title, ''), body FROM article "
        f"WHERE rowid > (SELECT coalesce(max(rowid), 0) FROM {FTS_TABLE}) ORDER BY rowid")


def _sqlite_fts(connection: Connection, terms: list[str]) -> sa.Select:
    _sync_fts(connection)
    fts = sa.table(FTS_TABLE, sa.column("rowid"), sa.column("title"), sa.column("body"))
    match = " ".join(f'"{term}"' for term in terms)
    a = t.article
    snippet = sa.func.snippet(sa.literal_column(FTS_TABLE), 1, "[", "]", "…", 12)
    return (sa.select(a.c.id, a.c.title, a.c.outlet, a.c.url, a.c.published, a.c.duplicate_of,
                      snippet.label("snippet"))
            .select_from(fts).join(a, sa.literal_column("article.rowid") == fts.c.rowid)
            .where(sa.literal_column(FTS_TABLE).op("MATCH")(match))
            .order_by(sa.literal_column("rank")))


def _postgres_fts(text: str) -> sa.Select:
    a = t.article
    document = sa.func.to_tsvector("english", sa.func.coalesce(a.c.title, "") + " " + a.c.body)
    query = sa.func.websearch_to_tsquery("english", text)
    snippet = sa.func.ts_headline("english", a.c.body, query,
                                  "StartSel=[,StopSel=],MaxWords=20,MinWords=8")
    return (sa.select(a.c.id, a.c.title, a.c.outlet, a.c.url, a.c.published, a.c.duplicate_of,
                      snippet.label("snippet"))
            .where(document.op("@@")(query)).order_by(sa.func.ts_rank(document, query).desc()))


def _like(terms: list[str]) -> sa.Select:
    a = t.article
    text = sa.func.lower(sa.func.coalesce(a.c.title, "") + " " + a.c.body)
    return (sa.select(a.c.id, a.c.title, a.c.outlet, a.c.url, a.c.published, a.c.duplicate_of,
                      sa.func.substr(a.c.body, 1, 160).label("snippet"))
            .where(*(text.contains(term, autoescape=True) for term in terms))
            .order_by(a.c.published.desc()))


def search(store: Store, text: str, limit: int = 50, window: Window = Window()) -> list[Hit]:
    """Articles containing every word of `text`, best match first, published within `window`."""
    terms = _terms(text)
    if not terms:
        return []
    a = t.article
    with store.engine.begin() as connection:
        dialect = connection.dialect.name
        if dialect == "postgresql":
            query = _postgres_fts(text)
        elif dialect == "sqlite":
            try:
                query = _sqlite_fts(connection, terms)
            except OperationalError:  # SQLite built without FTS5
                query = _like(terms)
        else:
            query = _like(terms)
        if window.date_from:
            query = query.where(a.c.published >= window.date_from)
        if window.date_to:
            query = query.where(a.c.published <= window.date_to)
        return [Hit(*row) for row in connection.execute(query.limit(limit))]
