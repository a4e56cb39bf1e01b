"""An event store on SQLite and on PostgreSQL (DEMARCHE_TEST_POSTGRES_URL; required in CI)."""

from pathlib import Path
from typing import Iterator

import pytest

from tests.conftest import fresh_postgres_schema_url

from pipeline.storage import EventStore


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EventStore]:
    if request.param == "sqlite":
        yield EventStore(f"sqlite:///{tmp_path / 'events.db'}")
        return
    scoped = EventStore(fresh_postgres_schema_url())
    yield scoped
    scoped.close()
