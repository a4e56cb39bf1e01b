"""The Alembic migrations build exactly the tables that pipeline/storage/schema.py describes."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from pipeline.storage import EventStore
from pipeline.storage.schema import metadata


def test_the_migrated_database_agrees_with_the_table_definitions(tmp_path: Path):
    store = EventStore(f"sqlite:///{tmp_path / 'events.db'}")
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    store.close()
    assert differences == []
