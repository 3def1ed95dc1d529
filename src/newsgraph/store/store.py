"""`Store`: one interface over the database that keeps analysed documents (SQLite or PostgreSQL)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from newsgraph.config import db_url, default_db_url
from newsgraph.model import Document
from newsgraph.store import schema as t
from newsgraph.store.migrate import upgrade
from newsgraph.store.rows import FACT_TABLES, TOP_LEVEL, from_rows, to_rows


class SaveResult(enum.Enum):
    """What `Store.save` did: stored the article, or found it already there and changed nothing."""

    stored = "stored"
    existing = "existing"


@dataclass(frozen=True)
class ArticleSummary:
    """One stored article, without its body: what a listing shows."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    source: str | None
    ingested_at: datetime
    duplicate_of: str | None
    counts: dict[str, int]  # facts by the document's list name: {"actors": 12, "events": 3, ...}


def _create_engine(url: str) -> Engine:
    engine = sa.create_engine(url)
    if engine.dialect.name == "sqlite":
        # SQLite leaves foreign keys (and so ON DELETE CASCADE) off unless each connection asks.
        @sa.event.listens_for(engine, "connect")
        def _foreign_keys_on(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
    return engine


class Store:
    """Analysed documents with every fact and its evidence, one transaction per article.

    `url` is an SQLAlchemy URL (`sqlite:///path`, `postgresql+psycopg://...`) or a file path for
    SQLite; None means `newsgraph.config.default_db_url()` (NEWSGRAPH_DB or the user data dir).
    Opening migrates the database to the newest schema.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = db_url(url) if url else default_db_url()
        self.engine = _create_engine(self.url)
        upgrade(self.engine)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save(self, document: Document, duplicate_of: str | None = None,
             signature: list[int] | None = None) -> SaveResult:
        """Store `document` with all its facts in one transaction; an article already stored
        (same id) is left exactly as it was. `duplicate_of` names the stored original of a
        near-duplicate; `signature` is the body's MinHash, kept for `signatures()`."""
        if self.has(document.article.id):
            return SaveResult.existing
        article_row, rows = to_rows(document, datetime.now(UTC), duplicate_of, signature)
        try:
            with self.engine.begin() as connection:
                connection.execute(t.article.insert(), article_row)
                for table in FACT_TABLES:
                    if rows.get(table):
                        connection.execute(table.insert(), rows[table])
        except IntegrityError:
            # Another writer stored the same article between our check and our insert.
            if self.has(document.article.id):
                return SaveResult.existing
            raise
        return SaveResult.stored

    def has(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        with self.engine.connect() as connection:
            return connection.scalar(sa.select(t.article.c.id).where(t.article.c.id == article_id)) is not None

    def get(self, article_id: str) -> Document:
        """The stored document, exactly as it was saved. Raises KeyError when absent."""
        with self.engine.connect() as connection:
            article_row = connection.execute(
                sa.select(t.article).where(t.article.c.id == article_id)).mappings().first()
            if article_row is None:
                raise KeyError(article_id)
            rows = {table: _rows_of(connection, table, article_id) for table in FACT_TABLES}
        return from_rows(article_row, rows)

    def duplicate_of(self, article_id: str) -> str | None:
        """The original a stored near-duplicate copies, or None. Raises KeyError when absent."""
        with self.engine.connect() as connection:
            row = connection.execute(sa.select(t.article.c.duplicate_of)
                                     .where(t.article.c.id == article_id)).first()
        if row is None:
            raise KeyError(article_id)
        return row.duplicate_of

    def ids_with_prefix(self, prefix: str, limit: int = 10) -> list[str]:
        """Ids of stored articles that start with `prefix` (at most `limit`, sorted)."""
        query = (sa.select(t.article.c.id).where(t.article.c.id.startswith(prefix, autoescape=True))
                 .order_by(t.article.c.id).limit(limit))
        with self.engine.connect() as connection:
            return list(connection.scalars(query))

    def articles(self, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        """Stored articles, newest publication first (undated last), with their fact counts."""
        a = t.article
        query = (sa.select(a.c.id, a.c.title, a.c.outlet, a.c.published, a.c.source, a.c.ingested_at,
                           a.c.duplicate_of)
                 .order_by(a.c.published.desc().nulls_last(), a.c.ingested_at.desc(), a.c.id)
                 .limit(limit).offset(offset))
        with self.engine.connect() as connection:
            found = connection.execute(query).all()
            ids = [row.id for row in found]
            counts = {name: _counts_by_article(connection, table, ids) for name, table in TOP_LEVEL.items()}
        return [ArticleSummary(**row._asdict() | {"ingested_at": _utc(row.ingested_at)},
                               counts={name: counts[name].get(row.id, 0) for name in TOP_LEVEL})
                for row in found]

    def signatures(self) -> list[tuple[str, list[int]]]:
        """(article id, MinHash signature) of every stored original (not near-duplicate) article
        that has one: what a near-duplicate index is rebuilt from."""
        query = (sa.select(t.article.c.id, t.article.c.signature)
                 .where(t.article.c.signature.is_not(None), t.article.c.duplicate_of.is_(None))
                 .order_by(t.article.c.ingested_at, t.article.c.id))
        with self.engine.connect() as connection:
            return [(row.id, row.signature) for row in connection.execute(query)]

    def counts(self) -> dict[str, int]:
        """Number of rows in every table, by table name."""
        with self.engine.connect() as connection:
            return {table.name: connection.scalar(sa.select(sa.func.count()).select_from(table))
                    for table in t.metadata.sorted_tables}


def _utc(moment: datetime) -> datetime:
    """SQLite hands stored times back without their zone; `save` writes them in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _rows_of(connection: Connection, table: sa.Table, article_id: str) -> list[dict[str, Any]]:
    query = sa.select(table).where(table.c.article_id == article_id)
    return [dict(row) for row in connection.execute(query).mappings()]


def _counts_by_article(connection: Connection, table: sa.Table, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    query = (sa.select(table.c.article_id, sa.func.count()).where(table.c.article_id.in_(ids))
             .group_by(table.c.article_id))
    return {article_id: n for article_id, n in connection.execute(query)}
