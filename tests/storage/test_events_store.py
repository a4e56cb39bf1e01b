"""The event store on SQLite and on PostgreSQL (DEMARCHE_TEST_POSTGRES_URL; required in CI)."""

from datetime import datetime, timedelta, timezone

import pytest

from tests.alerting.test_rules import sanction

from pipeline.models import Actor, ActorKind, Article, EnrichedEvent, EventType, Evidence
from pipeline.storage import EventQuery, EventStore, StoreError
from pipeline.storage.queries import ActorQuery
from pipeline.storage.events import database_url
from pipeline.storage.schema import articles, clusters, event_actors, events


def meeting(event_id: str = "m1", day: int = 10) -> EnrichedEvent:
    return sanction().model_copy(update={
        "event_id": event_id, "event_type": EventType.MEET, "cluster_id": f"c-{event_id}",
        "source": [Actor(name="Kenji Morita", kind=ActorKind.PERSON, country="JPN", actor_id="person:JPN:k.mrt")],
        "target": [Actor(name="South Korea", kind=ActorKind.STATE, country="KOR", actor_id="state:KOR")],
        "pair": "JPN+KOR", "date": f"2026-03-{day:02d}",
        "evidence": Evidence(text="Kenji Morita met South Korean officials.", start=0, end=40),
        "published_at": datetime(2026, 3, day, 12, tzinfo=timezone.utc),
    })


def test_writing_the_same_events_twice_leaves_the_same_rows(store: EventStore):
    batch = [sanction(), meeting()]
    store.upsert(batch)
    before = {t.name: store.count(t) for t in (event_actors, clusters)}
    store.upsert(batch)
    store.upsert([batch[0], batch[0]])
    assert store.count() == 2
    assert {t.name: store.count(t) for t in (event_actors, clusters)} == before == {"event_actors": 4, "clusters": 2}


def test_a_newer_version_of_an_event_replaces_the_stored_one(store: EventStore):
    store.upsert([sanction()])
    store.upsert([sanction().model_copy(update={"mentions": 5})])
    assert [e.mentions for e in store.events()] == [5]
    assert store.cluster("c1")["mentions"] == 5


def test_events_are_filtered_by_type_country_actor_dyad_status_time_and_text(store: EventStore):
    store.upsert([sanction(), meeting("m1", 10), meeting("m2", 11)])
    def ids(**filters: object) -> list[str]:
        return sorted(e.event_id for e in store.events(EventQuery(**filters)))  # type: ignore[arg-type]
    assert ids(event_type="MEET") == ["m1", "m2"]
    assert ids(country="blr") == ["e1"]
    assert ids(actor="morita") == ["m1", "m2"]
    assert ids(actor="state:KOR") == ["m1", "m2"]
    assert ids(actor="k_nji") == [] and ids(text="%") == []  # typed characters, not wildcards
    assert ids(dyad=("KOR", "JPN")) == ["m1", "m2"]
    assert ids(dyad=("KOR", "BLR")) == []
    assert ids(status="refused") == []
    assert ids(since=datetime(2026, 3, 11, tzinfo=timezone.utc), event_type="MEET") == ["m2"]
    assert ids(until=datetime(2026, 3, 11, tzinfo=timezone.utc), event_type="MEET") == ["m1"]
    assert ids(text="imposed sanctions") == ["e1"]


def test_one_event_is_found_by_a_prefix_of_its_id(store: EventStore):
    store.upsert([meeting("m1-abcdef"), meeting("m2-abcdef")])
    assert store.event("m1").event_id == "m1-abcdef"
    assert store.event("m") is None  # ambiguous


def test_counts_by_day_group_events_by_type_and_by_pair(store: EventStore):
    store.upsert([meeting("m1", 10), meeting("m2", 10), meeting("m3", 11)])
    assert store.counts_by_day("type") == [("2026-03-11", "MEET", 1, -8.0), ("2026-03-10", "MEET", 2, -8.0)]
    assert store.counts_by_day("pair")[1][:3] == ("2026-03-10", "JPN+KOR", 2)


def test_articles_are_stored_once_per_id(store: EventStore):
    article = Article(id="a1", text="Some text.", source="Gazette")
    store.upsert_articles([article, article])
    store.upsert_articles([article.model_copy(update={"title": "New title"})])
    assert store.count(articles) == 1


def test_a_bad_database_url_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot use the database URL 'nosuchdb://x'"):
        EventStore("nosuchdb://x")
    with pytest.raises(StoreError, match="cannot open the database"):
        EventStore("postgresql://nobody@127.0.0.1:1/none")


def test_plain_postgresql_urls_use_psycopg_3():
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_rows_the_database_would_refuse_are_repaired_and_noted(store: EventStore):
    long_id = "feed-" + "x" * 300
    many_states = [Actor(name=f"State {n}", kind=ActorKind.STATE, country=f"{chr(65 + n // 26)}{chr(65 + n % 26)}X",
                         actor_id=f"state:{n}") for n in range(70)]
    event = sanction().model_copy(update={
        "article_id": long_id, "source": many_states, "pair": "+".join(a.country or "" for a in many_states),
        "evidence": Evidence(text="Seventy states con\x00demned the move.", start=0, end=35),
    })
    store.upsert_articles([Article(id=long_id, title="A \x00 title", text="Body\x00text.", source="s" * 300)])
    store.upsert([event])
    with store.engine.connect() as connection:
        article = connection.execute(articles.select()).mappings().one()
        row = connection.execute(events.select()).mappings().one()
    assert len(article["article_id"]) == 128 and row["article_id"] == article["article_id"]
    assert article["title"] == "A  title" and len(article["source"]) == 256
    assert "source: cut from 300 to 256 characters" in article["repairs"]
    assert row["evidence"] == "Seventy states condemned the move." and len(row["source_codes"]) == 256
    assert "evidence: removed 1 NUL characters" in row["repairs"]
    assert store.count(event_actors) == 71


def test_cluster_counts_merge_whatever_order_the_reports_arrive_in(store: EventStore):
    later = sanction().model_copy(update={
        "event_id": "e2", "mentions": 3, "sources": ["A", "B", "C"],
        "last_seen": datetime(2026, 3, 12, tzinfo=timezone.utc)})
    earlier = sanction().model_copy(update={"event_id": "e1", "mentions": 2, "sources": ["A", "B"]})
    store.upsert([later])
    store.upsert([earlier])  # a slower partition writes the older count last
    cluster = store.cluster("c1")
    assert (cluster["mentions"], cluster["sources"]) == (3, '["A", "B", "C"]')
    assert cluster["last_seen"].isoformat() == "2026-03-12T00:00:00+00:00"


def test_times_in_other_offsets_are_stored_and_compared_as_the_same_instants(store: EventStore):
    kyiv_noon = datetime(2026, 3, 11, 13, tzinfo=timezone(timedelta(hours=2)))  # 11:00 UTC
    store.upsert([meeting("early").model_copy(update={"published_at": kyiv_noon}), meeting("late", 11)])  # 12:00 UTC
    half_past_eleven = datetime(2026, 3, 11, 11, 30, tzinfo=timezone.utc)
    assert [e.event_id for e in store.events(EventQuery(since=half_past_eleven))] == ["late"]
    assert [e.event_id for e in store.events(EventQuery(until=half_past_eleven.astimezone(kyiv_noon.tzinfo)))] == ["early"]
    [morita] = store.actors(ActorQuery(name="morita"))
    assert (morita.first_seen.isoformat(), morita.last_seen.isoformat()) == ("2026-03-11T11:00:00+00:00",
                                                                             "2026-03-11T12:00:00+00:00")
