"""Alembic environment: migrates the connection `newsgraph.store.migrate` hands over, or, from the
alembic command line, the database in `sqlalchemy.url` (else NEWSGRAPH_DB / the default store)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from newsgraph.config import default_db_url
from newsgraph.store.schema import metadata


def run(connection: Connection) -> None:
    # Batch mode lets later ALTERs run on SQLite, which rebuilds a table to change it.
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    run(given)
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or default_db_url())
    with engine.begin() as connection:
        run(connection)
