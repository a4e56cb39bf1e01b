"""The actor registry sums the stored events per canonical actor, on SQLite and on PostgreSQL."""

from datetime import datetime, timezone

from tests.storage.test_events_store import meeting, store  # noqa: F401  (the fixture)

from pipeline.models import Actor, ActorKind
from pipeline.storage import EventStore
from pipeline.storage.actor_registry import ActorQuery, SpellingCount, actor_records

MARCH = [datetime(2026, 3, day, tzinfo=timezone.utc) for day in range(1, 6)]


def spelled(name: str, events: int, first: int, last: int, actor_id: str = "person:IRN:a.rgh",
            code: str | None = "IRN") -> SpellingCount:
    return SpellingCount(actor_id, name, "person", code, events, MARCH[first], MARCH[last])


def test_an_actor_is_named_by_its_most_reported_spelling_and_counts_the_events_of_all():
    [record] = actor_records([spelled("Abbas Araqchi", 1, 2, 2), spelled("Abbas Araghchi", 2, 1, 3)])
    assert (record.name, record.events, record.variants) == ("Abbas Araghchi", 3, {"Abbas Araqchi": 1, "Abbas Araghchi": 2})
    assert (record.first_seen, record.last_seen) == (MARCH[1], MARCH[3])


def test_spellings_reported_as_often_give_the_longer_name():
    [record] = actor_records([spelled("A. Araghchi", 2, 0, 0), spelled("Abbas Araghchi", 2, 0, 0)])
    assert record.name == "Abbas Araghchi"


def test_the_most_reported_actor_comes_first_and_its_codes_are_listed_once():
    records = actor_records([spelled("Tehran", 1, 0, 0, "state:IRN"), spelled("Iran", 4, 0, 0, "state:IRN"),
                             spelled("Abbas Araghchi", 2, 0, 0), spelled("Abbas Araghchi", 1, 0, 0, code=None)])
    assert [(r.actor_id, r.name, r.events, r.countries) for r in records] == [
        ("state:IRN", "Iran", 5, ["IRN"]), ("person:IRN:a.rgh", "Abbas Araghchi", 3, ["IRN"])]


def test_the_stored_events_give_each_actor_with_every_spelling_a_filter_picks_it_by(store: EventStore):  # noqa: F811
    renamed = meeting("m3", 12).model_copy(update={"source": [
        Actor(name="K. Morita", kind=ActorKind.PERSON, country="JPN", actor_id="person:JPN:k.mrt")]})
    store.upsert([meeting("m1", 10), meeting("m2", 11), renamed])
    morita = store.actors(ActorQuery(name="kenji"))
    assert [(r.actor_id, r.name, r.variants, r.countries) for r in morita] == [
        ("person:JPN:k.mrt", "Kenji Morita", {"Kenji Morita": 2, "K. Morita": 1}, ["JPN"])]
    assert (morita[0].first_seen.day, morita[0].last_seen.day) == (10, 12)
    assert [r.actor_id for r in store.actors()] == ["person:JPN:k.mrt", "state:KOR"]  # three events each: by name
    assert [r.actor_id for r in store.actors(ActorQuery(country="kor"))] == ["state:KOR"]
    assert [r.actor_id for r in store.actors(ActorQuery(name="state:KOR"))] == ["state:KOR"]
    assert len(store.actors(ActorQuery(limit=1))) == 1 and store.actors(ActorQuery(name="nobody")) == []
