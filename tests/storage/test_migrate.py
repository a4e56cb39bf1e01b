import multiprocessing
from typing import Any

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from tests.conftest import fresh_postgres_schema_url

from pipeline.storage.migrate import MIGRATIONS, current_revision, head_revision, upgrade
from pipeline.storage.urls import database_url


def test_the_head_read_without_alembic_is_alembics_head():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()


def test_a_new_database_is_migrated_to_the_head_and_then_left_alone(tmp_path):  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite:///{tmp_path / 'a.db'}")
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    upgrade(engine)
    assert current_revision(engine) == head_revision()


def _upgrade_in_process(url: str, start: Any) -> None:
    start.wait()
    upgrade(create_engine(database_url(url)))


def migrate_at_once(url: str, processes: int = 4) -> list[int]:
    """Exit codes of `processes` processes that all migrate `url` at the same moment."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(processes)
    started = [context.Process(target=_upgrade_in_process, args=(url, start)) for _ in range(processes)]
    for process in started:
        process.start()
    for process in started:
        process.join(120)
    return [process.exitcode if process.exitcode is not None else -1 for process in started]


def test_workers_starting_together_on_a_new_sqlite_database_all_find_it_migrated(tmp_path):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'together.db'}"
    assert migrate_at_once(url) == [0, 0, 0, 0]
    assert current_revision(create_engine(url)) == head_revision()


def test_workers_starting_together_on_a_new_postgresql_schema_all_find_it_migrated():
    url = fresh_postgres_schema_url()
    assert migrate_at_once(url) == [0, 0, 0, 0]
    assert current_revision(create_engine(database_url(url))) == head_revision()
