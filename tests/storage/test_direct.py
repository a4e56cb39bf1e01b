"""Reading stored events on the driver alone gives what the event store gives, on SQLite and PostgreSQL."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.alerting.test_rules import sanction
from tests.conftest import fresh_postgres_schema_url
from tests.storage.test_events_store import meeting

from pipeline.models import Actor, ActorKind
from pipeline.storage import EventQuery, EventStore
from pipeline.storage.queries import ActorQuery
from pipeline.storage.direct import read_directly, reading
from pipeline.storage.errors import NoDatabase
from pipeline.storage.reading import StoredEvents

QUERIES = [
    EventQuery(), EventQuery(limit=2), EventQuery(event_type="meet"), EventQuery(status="OCCURRED"),
    EventQuery(country="blr"), EventQuery(country="JPN", dyad=("kor", "JPN")), EventQuery(dyad=("KOR", "BLR")),
    EventQuery(actor="MORITA"), EventQuery(actor="state:KOR"), EventQuery(actor="nobody"),
    EventQuery(text="SOUTH korean"), EventQuery(text="imposed sanctions", event_type="SANCTION"),
    # times exactly on a stored one: `since` takes it, `until` leaves it out
    EventQuery(since=datetime(2026, 3, 11, 12, tzinfo=timezone.utc)),
    EventQuery(until=datetime(2026, 3, 11, 12, tzinfo=timezone.utc)),
    EventQuery(since=datetime(2026, 3, 10, 12, 0, 0, 1, tzinfo=timezone.utc), until=datetime(2026, 3, 12, tzinfo=timezone.utc)),
]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a database holding a sanction and three meetings."""
    url = f"sqlite:///{tmp_path / 'events.db'}" if request.param == "sqlite" else fresh_postgres_schema_url()
    store = EventStore(url)
    store.upsert([sanction(), meeting("m1", 10), meeting("m2-abc", 11), meeting("m3-abd", 12)])
    store.close()
    return url


def read(url: str) -> StoredEvents:
    with read_directly(url) as stored:
        assert stored is not None
        return stored


def test_every_filter_finds_on_the_driver_alone_what_the_event_store_finds(database: str):
    store = EventStore(database)
    with read_directly(database) as stored:
        assert stored is not None
        for query in QUERIES:
            assert stored.events(query) == store.events(query), query
        assert [e.event_id for e in stored.events(QUERIES[13])] == ["m1"]  # m2 was seen at 12:00 on 11 March
        assert [e.event_id for e in stored.events(QUERIES[12])] == ["m3-abd", "e1", "m2-abc"]


def test_one_event_a_cluster_the_daily_counts_and_the_actors_read_the_same_on_the_driver_alone(database: str):
    store = EventStore(database)
    since = datetime(2026, 3, 11, 12, tzinfo=timezone.utc)
    with read_directly(database) as stored:
        assert stored is not None
        assert stored.event("m2") == store.event("m2") and stored.event("m2") is not None
        assert stored.event("m") is None and stored.event("x") is None
        assert stored.cluster("c1") == store.cluster("c1") and stored.cluster("c1") is not None
        assert stored.cluster("none") is None
        for by in ("type", "pair"):
            assert stored.counts_by_day(by) == store.counts_by_day(by)
            assert stored.counts_by_day(by, since) == store.counts_by_day(by, since) != store.counts_by_day(by)
        for actors in (ActorQuery(), ActorQuery(name="MORITA"), ActorQuery(code="kor"), ActorQuery(limit=1)):
            assert stored.actors(actors) == store.actors(actors) != [], actors


def test_a_missing_sqlite_file_is_said_and_not_created(tmp_path: Path):
    path = tmp_path / "nothing-yet.db"
    with pytest.raises(NoDatabase, match="no database at .*nothing-yet.db: nothing stored yet"):
        with read_directly(f"sqlite:///{path}"):
            pass
    assert not path.exists()


def test_a_database_without_the_newest_schema_is_read_through_the_event_store_which_migrates_it(tmp_path: Path):
    path = tmp_path / "empty.db"
    path.touch()
    with read_directly(f"sqlite:///{path}") as stored:
        assert stored is None
    with reading(f"sqlite:///{path}") as store:
        assert isinstance(store, EventStore) and store.events() == []
    with read_directly(f"sqlite:///{path}") as stored:
        assert stored is not None and stored.events(EventQuery()) == []


def test_urls_the_driver_alone_cannot_take_go_to_the_event_store(tmp_path: Path):
    with read_directly("sqlite://") as stored:
        assert stored is None
    with reading("sqlite://") as store:
        assert isinstance(store, EventStore)


def test_names_and_words_match_in_any_case_beyond_ascii_on_both_readers(database: str):
    store = EventStore(database)
    turkish = meeting("m9", 12).model_copy(update={"source": [
        Actor(name="Mevlüt Çavuşoğlu", kind=ActorKind.PERSON, country="TUR", actor_id="person:TUR:m.kvsgl")]})
    store.upsert([turkish])
    with read_directly(database) as stored:
        assert stored is not None
        for reader in (stored, store):
            assert [e.event_id for e in reader.events(EventQuery(actor="ÇAVUŞOĞLU"))] == ["m9"]
            assert [r.actor_id for r in reader.actors(ActorQuery(name="ÇAVUŞ"))] == ["person:TUR:m.kvsgl"]
