"""The actor registry counts the stored events per canonical actor, on SQLite and on PostgreSQL."""

from datetime import datetime, timedelta, timezone

from tests.alerting.test_rules import sanction
from tests.storage.test_events_store import meeting

from pipeline.models import Actor, ActorKind
from pipeline.storage import EventStore
from pipeline.storage.actor_registry import ActorTotal, SpellingCount, actor_records
from pipeline.storage.queries import ActorQuery

MARCH = datetime(2026, 3, 1, tzinfo=timezone.utc)
ARAGHCHI = "person:IRN:a.rgh"


def total(actor_id: str = ARAGHCHI, events: int = 3) -> ActorTotal:
    return ActorTotal(actor_id, ActorKind.PERSON, events, MARCH, MARCH + timedelta(days=2))


def test_an_actor_is_named_by_its_most_reported_spelling_and_lists_the_others_most_first():
    [record] = actor_records([total()], [SpellingCount(ARAGHCHI, "Abbas Araqchi", "IRN", 1),
                                         SpellingCount(ARAGHCHI, "Abbas Araghchi", "IRN", 2)])
    assert (record.name, record.events, list(record.variants.items())) == (
        "Abbas Araghchi", 3, [("Abbas Araghchi", 2), ("Abbas Araqchi", 1)])
    assert (record.first_seen, record.last_seen) == (MARCH, MARCH + timedelta(days=2))


def test_spellings_reported_as_often_give_the_longer_name():
    [record] = actor_records([total()], [SpellingCount(ARAGHCHI, "A. Araghchi", "IRN", 2),
                                         SpellingCount(ARAGHCHI, "Abbas Araghchi", "IRN", 2)])
    assert record.name == "Abbas Araghchi"


def test_the_records_keep_the_order_of_the_totals_and_list_each_code_once():
    records = actor_records([total("state:IRN", 5), total()], [
        SpellingCount("state:IRN", "Tehran", "IRN", 1), SpellingCount("state:IRN", "Iran", "IRN", 4),
        SpellingCount(ARAGHCHI, "Abbas Araghchi", None, 1), SpellingCount(ARAGHCHI, "Abbas Araghchi", "IRN", 2)])
    assert [(r.actor_id, r.name, r.events, r.codes) for r in records] == [
        ("state:IRN", "Iran", 5, ["IRN"]), (ARAGHCHI, "Abbas Araghchi", 3, ["IRN"])]


def test_the_stored_events_give_each_actor_with_every_spelling_a_filter_picks_it_by(store: EventStore):
    renamed = meeting("m3", 12).model_copy(update={"source": [
        Actor(name="K. Morita", kind=ActorKind.PERSON, country="JPN", actor_id="person:JPN:k.mrt")]})
    store.upsert([meeting("m1", 10), meeting("m2", 11), renamed])
    [morita] = store.actors(ActorQuery(name="kenji"))
    assert (morita.actor_id, morita.name, morita.variants, morita.codes, morita.kind) == (
        "person:JPN:k.mrt", "Kenji Morita", {"Kenji Morita": 2, "K. Morita": 1}, ["JPN"], ActorKind.PERSON)
    assert (morita.first_seen.isoformat(), morita.last_seen.isoformat()) == ("2026-03-10T12:00:00+00:00",
                                                                             "2026-03-12T12:00:00+00:00")
    assert [r.actor_id for r in store.actors()] == ["person:JPN:k.mrt", "state:KOR"]  # three events each: by id
    assert [r.actor_id for r in store.actors(ActorQuery(code="kor"))] == ["state:KOR"]
    assert [r.actor_id for r in store.actors(ActorQuery(name="state:KOR"))] == ["state:KOR"]
    assert len(store.actors(ActorQuery(limit=1))) == 1 and store.actors(ActorQuery(name="nobody")) == []


def test_an_event_naming_an_actor_twice_counts_once_and_actors_without_an_id_are_left_out(store: EventStore):
    eu = dict(kind=ActorKind.ORGANISATION, code="EU", actor_id="org:EU")
    twice = sanction().model_copy(update={"source": [Actor(name="EU", **eu), Actor(name="European Union", **eu)]})
    store.upsert([twice])  # its target, Belarus, has no actor id
    [union] = store.actors()
    assert (union.actor_id, union.events, union.variants, union.codes) == (
        "org:EU", 1, {"European Union": 1, "EU": 1}, ["EU"])
    assert store.actors(ActorQuery(code="EU")) == [union] and store.actors(ActorQuery(code="BLR")) == []


def test_a_name_with_wildcard_characters_matches_them_as_typed(store: EventStore):
    store.upsert([meeting("m1", 10)])
    assert store.actors(ActorQuery(name="k_nji")) == [] and store.actors(ActorQuery(name="%")) == []
    assert len(store.actors(ActorQuery(name="kenji mor"))) == 1
