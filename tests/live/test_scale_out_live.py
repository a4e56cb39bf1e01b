"""Scale-out on a live broker: a worker joining the group while another is part-way through its
batches loses and duplicates nothing, a worker commits what it read to the end, and two workers
share the articles topic with the default settings, a restart of one of them losing nothing."""

import json
import time
from typing import Callable

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from tests.live.conftest import Worker, produce

from pipeline.extraction.extractor import EventExtractor
from pipeline.intake import parse_article
from pipeline.kafka.clients import read_topic
from pipeline.settings import Settings
from pipeline.storage import EventStore
from pipeline.topics import TopicCatalogue

pytestmark = pytest.mark.broker

PAIRS = [("Norway", "Iceland", "Oslo"), ("Kenya", "Tanzania", "Nairobi"), ("Chile", "Peru", "Lima"),
         ("Poland", "Lithuania", "Vilnius"), ("Vietnam", "Laos", "Hanoi"), ("Ghana", "Togo", "Accra"),
         ("Portugal", "Morocco", "Rabat"), ("Austria", "Slovenia", "Vienna")]


def article(number: int, prefix: str = "scale") -> bytes:
    first, second, capital = PAIRS[number % len(PAIRS)]
    text = (f"{first} and {second} sign a fisheries accord\n\n"
            f"The foreign ministers of {first} and {second} met in {capital} on Tuesday and signed an agreement "
            f"on shared fishing grounds. {second} condemned {first} on Wednesday over a border fence, "
            f"and {first} urged {second} to return to talks on river water (report {number}).")
    return json.dumps({"id": f"{prefix}-{number}", "source": f"Outlet {number % 3}",
                       "published_at": "2026-07-01T09:00:00+00:00", "text": text}).encode()


def event_ids(bootstrap: str, topic: str) -> list[str]:
    return [json.loads(v)["event_id"] for _k, v in read_topic(bootstrap, topic, timeout=3.0)]


def group_assignment(bootstrap: str, group: str, topic: str) -> list[set[int]]:
    """The partitions of `topic` that each member of the consumer group holds."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        members = admin.describe_groups([group])[group]["members"]
        return [{p for assigned in (m["member_assignment"] or {}).get("assigned_partitions", [])
                 if assigned["topic"] == topic for p in assigned["partitions"]} for m in members]
    finally:
        admin.close()


def wait_for(condition: Callable[[], bool], timeout: float, what: str, workers: list[Worker]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for worker in workers:
            worker.assert_running()
        if condition():
            return
        time.sleep(1.0)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_worker_joining_during_batches_loses_and_duplicates_nothing(
    kafka_bootstrap: str, two_partitions: TopicCatalogue, worker_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
    extractor: EventExtractor,
):
    articles = [article(n, "join") for n in range(120)]
    expected = {e.event_id for raw in articles for e in extractor.extract(parse_article(raw))}
    raw_topic, extracted, enriched = (two_partitions.articles_raw.name, two_partitions.events_extracted.name,
                                      two_partitions.events_enriched.name)
    produce(kafka_bootstrap, raw_topic, articles[:60])
    first: Worker = start_worker()
    wait_for(lambda: len(event_ids(kafka_bootstrap, enriched)) > 0, 120, "the first events", [first])
    second: Worker = start_worker(ready=False)  # joins while the first is part-way through its batches
    produce(kafka_bootstrap, raw_topic, articles[60:])
    wait_for(lambda: len(event_ids(kafka_bootstrap, enriched)) >= len(expected), 300, "every event",
             [first, second])
    time.sleep(5)  # late duplicates, if any, would come now

    group = worker_env["DEMARCHE_APP_ID"]
    shares = group_assignment(kafka_bootstrap, group, raw_topic)
    seen_extracted, seen_enriched = event_ids(kafka_bootstrap, extracted), event_ids(kafka_bootstrap, enriched)
    print(f"{len(expected)} events; shares of {raw_topic}: {shares}; duplicates: "
          f"{len(seen_extracted) - len(set(seen_extracted))} extracted, {len(seen_enriched) - len(set(seen_enriched))} enriched")
    assert sorted(len(s) for s in shares) == [1, 1]  # the second worker did take a partition over
    assert sorted(seen_extracted) == sorted(expected)
    assert sorted(seen_enriched) == sorted(expected)
    store = EventStore(worker_env["DEMARCHE_DATABASE_URL"])
    try:
        wait_for(lambda: {e.event_id for e in store.events(limit=10_000)} == expected, 60, "every event stored",
                 [first, second])
    finally:
        store.close()


def last_offsets(bootstrap: str, topic: str, partitions: int) -> dict[int, int]:
    """The offset of the last committed record in each partition of `topic`."""
    reader = KafkaConsumer(bootstrap_servers=bootstrap, isolation_level="read_committed",
                           auto_offset_reset="earliest", enable_auto_commit=False, consumer_timeout_ms=3000)
    try:
        reader.assign([TopicPartition(topic, p) for p in range(partitions)])
        return {p: max(m.offset for m in records) for p, records in _by_partition(reader).items()}
    finally:
        reader.close()


def _by_partition(reader: KafkaConsumer) -> dict[int, list]:  # type: ignore[type-arg]
    found: dict[int, list] = {}  # type: ignore[type-arg]
    for message in reader:
        found.setdefault(message.partition, []).append(message)
    return found


def test_a_worker_commits_what_it_read_from_every_topic_to_the_end(
    kafka_bootstrap: str, two_partitions: TopicCatalogue, worker_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
    extractor: EventExtractor,
):
    """The offsets of the topics written in transactions (commit markers between records) keep moving:
    a worker restarted or rebalanced later reads nothing again."""
    articles = [article(n, "commit") for n in range(40)]
    expected = {e.event_id for raw in articles for e in extractor.extract(parse_article(raw))}
    produce(kafka_bootstrap, two_partitions.articles_raw.name, articles)
    worker: Worker = start_worker()
    enriched = two_partitions.events_enriched.name
    wait_for(lambda: len(event_ids(kafka_bootstrap, enriched)) >= len(expected), 240, "every event", [worker])
    group = worker_env["DEMARCHE_APP_ID"]
    inputs = [two_partitions.articles_raw.name, two_partitions.events_extracted.name, enriched]
    ends = {(t, p): o for t in inputs for p, o in last_offsets(kafka_bootstrap, t, 2).items()}
    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    try:
        def committed() -> dict[tuple[str, int], int]:
            offsets = admin.list_group_offsets({group: None})[group]
            return {(tp.topic, tp.partition): meta.offset for tp, meta in offsets.items()}
        wait_for(lambda: all(committed().get(tp, -1) > last for tp, last in ends.items()), 30,
                 "the group's offsets to pass the last record of every input", [worker])
    finally:
        admin.close()


def test_two_workers_share_the_articles_topic_with_the_defaults_and_a_restart_loses_nothing(
    kafka_bootstrap: str, catalogue: TopicCatalogue, worker_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
    extractor: EventExtractor,
):
    assert "DEMARCHE_TOPIC_PARTITIONS" not in worker_env and "DEMARCHE_PARSE_PROCESSES" not in worker_env
    assert catalogue.articles_raw.partitions == Settings().topic_partitions >= 2
    group, topic = worker_env["DEMARCHE_APP_ID"], catalogue.articles_raw.name
    first: Worker = start_worker()  # holds every partition until the second joins, then keeps standby
    second: Worker = start_worker()  # replicas of those it gives up, whose producers must stop with them
    half = catalogue.articles_raw.partitions // 2
    wait_for(lambda: sorted(len(m) for m in group_assignment(kafka_bootstrap, group, topic)) == [half, half], 90,
             "both workers to hold half of the articles topic", [first, second])
    shares = group_assignment(kafka_bootstrap, group, topic)
    assert set().union(*shares) == set(range(catalogue.articles_raw.partitions)) and not set.intersection(*shares)

    articles = [article(n) for n in range(24)]
    expected = {e.event_id for raw in articles for e in extractor.extract(parse_article(raw))}
    store = EventStore(worker_env["DEMARCHE_DATABASE_URL"])
    stored = lambda: [e.event_id for e in store.events(limit=10_000)]  # noqa: E731
    produce(kafka_bootstrap, topic, articles[:12])
    wait_for(lambda: len(stored()) > 0, 120, "the first events to be stored", [first, second])
    second.stop()  # while the first half is still in flight
    produce(kafka_bootstrap, topic, articles[12:])
    restarted: Worker = start_worker()
    wait_for(lambda: set(stored()) >= expected, 240, "every event to be stored", [first, restarted])
    time.sleep(3)
    final = stored()
    store.close()
    assert sorted(final) == sorted(expected)
    enriched = lambda: event_ids(kafka_bootstrap, catalogue.events_enriched.name)  # noqa: E731
    wait_for(lambda: len(enriched()) >= len(expected), 60, "every event on events.enriched", [first, restarted])
    assert sorted(enriched()) == sorted(expected)  # nothing twice on the event topic either
    wait_for(lambda: sorted(len(m) for m in group_assignment(kafka_bootstrap, group, topic)) == [half, half], 60,
             "the restarted worker to take its share again", [first, restarted])
