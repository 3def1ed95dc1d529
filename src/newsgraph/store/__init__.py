"""The store: analysed documents as rows in SQLite or PostgreSQL, behind one `Store` interface.

`schema` defines the tables, `rows` maps a Document to rows and back, `migrate` applies the
Alembic migrations under `migrations/`, and `store` holds `Store` itself.
"""

from newsgraph.store.store import ArticleSummary, SaveResult, Store

__all__ = ["ArticleSummary", "SaveResult", "Store"]
