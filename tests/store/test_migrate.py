"""Migrations: `upgrade head` builds exactly the schema the code declares, and can be undone."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from newsgraph.store import Store
from newsgraph.store.migrate import MIGRATIONS, alembic_config, upgrade
from newsgraph.store.schema import metadata


def _tables(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}


def test_migrated_schema_equals_the_metadata(db_url):
    store = Store(db_url)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "compare_type": True, "compare_server_default": True,
                "include_name": lambda name, kind, _parent: not (kind == "table" and name == "alembic_version"),
            })
            assert compare_metadata(context, metadata) == []
            assert context.get_current_revision() == ScriptDirectory(str(MIGRATIONS)).get_current_head()
    finally:
        store.close()


def test_downgrade_to_base_and_back(db_url):
    store = Store(db_url)
    try:
        assert _tables(store.engine) == set(metadata.tables)
        with store.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        assert _tables(store.engine) == set()
        upgrade(store.engine)
        assert _tables(store.engine) == set(metadata.tables)
    finally:
        store.close()


def test_one_linear_history():
    assert len(ScriptDirectory(str(MIGRATIONS)).get_heads()) == 1
