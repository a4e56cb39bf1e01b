"""The event store on SQLite, and on PostgreSQL when DEMARCHE_TEST_POSTGRES_URL names one."""

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import text

from tests.alerting.test_rules import sanction

from pipeline.storage import EventStore
from pipeline.storage.events import database_url


def _postgres_url() -> str | None:
    return os.environ.get("DEMARCHE_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EventStore]:
    if request.param == "sqlite":
        yield EventStore(f"sqlite:///{tmp_path / 'events.db'}")
        return
    url = _postgres_url()
    if url is None:
        if os.environ.get("CI"):
            pytest.fail("CI must test PostgreSQL: set DEMARCHE_TEST_POSTGRES_URL")
        pytest.skip("DEMARCHE_TEST_POSTGRES_URL is not set")
    schema = f"t{uuid.uuid4().hex[:8]}"
    admin = EventStore(url)
    with admin.engine.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    admin.close()
    scoped = EventStore(f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}")
    yield scoped
    scoped.close()


def test_writing_the_same_event_twice_leaves_one_row(store: EventStore):
    event = sanction()
    store.upsert([event])
    store.upsert([event, event])
    assert store.count() == 1


def test_a_newer_version_of_an_event_replaces_the_stored_one(store: EventStore):
    store.upsert([sanction()])
    store.upsert([sanction().model_copy(update={"mentions": 5})])
    assert [e.mentions for e in store.events()] == [5]


def test_events_are_read_back_by_type(store: EventStore):
    store.upsert([sanction()])
    assert [e.event_id for e in store.events(event_type="SANCTION")] == ["e1"]
    assert store.events(event_type="MEET") == []


def test_plain_postgresql_urls_use_psycopg_3():
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"
