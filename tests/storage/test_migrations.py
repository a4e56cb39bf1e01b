"""The Alembic migrations build exactly the tables that pipeline/storage/schema.py describes, and bring
the rows of an older schema along."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from tests.storage.test_events_store import meeting

from pipeline.storage import EventQuery, EventStore
from pipeline.storage.migrate import upgrade
from pipeline.storage.schema import metadata


def test_the_migrated_database_agrees_with_the_table_definitions(tmp_path: Path):
    store = EventStore(f"sqlite:///{tmp_path / 'events.db'}")
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    store.close()
    assert differences == []


def test_times_sqlite_kept_in_the_offset_they_were_written_in_are_moved_to_utc(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'events.db'}"
    kyiv = timezone(timedelta(hours=2))
    EventStore(url).upsert([meeting("m1").model_copy(update={"published_at": datetime(2026, 3, 11, 13, tzinfo=kyiv)})])
    engine = create_engine(url)
    with engine.begin() as connection:  # as the schema before 0003 wrote it: the wall time in Kyiv
        connection.exec_driver_sql("UPDATE events SET published_at = '2026-03-11 13:00:00.000000', "
                                   "seen_at = '2026-03-11 13:00:00.000000'")
        connection.exec_driver_sql("UPDATE articles SET published_at = '2026-03-11 13:00:00.000000'")
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT published_at, seen_at FROM events").all() == [
            ("2026-03-11 11:00:00.000000", "2026-03-11 11:00:00.000000")]
    store = EventStore(url)
    assert [e.event_id for e in store.events(EventQuery(since=datetime(2026, 3, 11, 11, 30, tzinfo=timezone.utc)))] == []
