"""SIGTERM under a backlog: the worker stops in bounded time, having committed only what it stored."""

import json
import time
from pathlib import Path

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from sqlalchemy import create_engine, text

from tests.live.conftest import Worker

from pipeline.kafka.clients import make_producer, read_topic
from pipeline.topics import TopicCatalogue

BACKLOG = 1000
TEXTS = [
    "Norwegian Foreign Minister Eirik Dahl met Icelandic Foreign Minister Sigrun Bjork in Oslo on Monday.",
    "The Danish government condemned Russia on Tuesday for the seizure of a fishing trawler.",
    "Sweden and Finland signed an agreement on Wednesday to share coast guard patrols in the Baltic.",
]


def backlog() -> list[bytes]:
    return [json.dumps({"id": f"b-{n}", "source": "Nordic Wire", "published_at": "2026-04-06T09:00:00+00:00",
                        "text": TEXTS[n % len(TEXTS)].replace("on ", f"(report {n}) on ", 1)}).encode()
            for n in range(BACKLOG)]


def committed(bootstrap: str, group: str, topic: str) -> dict[int, int]:
    """The group's committed offset on each partition of `topic` (0 where it has none)."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        offsets = admin.list_group_offsets([group]).get(group, {})
    finally:
        admin.close()
    return {tp.partition: meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset > 0}


def end_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        return {tp.partition: int(end) for tp, end in consumer.end_offsets(partitions).items()}
    finally:
        consumer.close()


def values_below(bootstrap: str, topic: str, offsets: dict[int, int]) -> list[bytes]:
    """The committed records of each partition below its offset in `offsets`."""
    if not offsets:
        return []
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, isolation_level="read_committed", enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, p) for p in offsets]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        values: list[bytes] = []
        deadline = time.monotonic() + 30
        while any(consumer.position(tp) < offsets[tp.partition] for tp in partitions):
            assert time.monotonic() < deadline, f"could not read {topic} up to its committed offsets"
            for tp, records in consumer.poll(timeout_ms=500).items():
                values += [r.value for r in records if r.offset < offsets[tp.partition]]
        return values
    finally:
        consumer.close()


def stored(database: Path, query: str) -> set[str]:
    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        rows = {row[0] for row in connection.execute(text(query))}
    engine.dispose()
    return rows


@pytest.mark.broker
def test_sigterm_under_a_backlog_stops_in_time_and_commits_only_what_was_stored(
    kafka_bootstrap: str, catalogue: TopicCatalogue, worker_env: dict[str, str], start_worker, tmp_path: Path,  # type: ignore[no-untyped-def]
):
    worker_env["DEMARCHE_WORKER_SHUTDOWN_TIMEOUT"] = "20"
    worker: Worker = start_worker()
    producer = make_producer(kafka_bootstrap)
    for value in backlog():
        producer.send(catalogue.articles_raw.name, value=value)
    producer.flush()
    producer.close()
    database = tmp_path / "events.db"
    under_way = time.monotonic() + 120
    while not stored(database, "SELECT event_id FROM events"):  # under way once events are stored, far from done
        worker.assert_running()
        assert time.monotonic() < under_way, "no event was stored within 120s"
        time.sleep(0.2)
    began = time.monotonic()
    worker.stop()
    took = time.monotonic() - began
    assert took < 20, f"the worker took {took:.1f}s to stop"
    assert worker.process.returncode == 0, "the worker was cut off instead of stopping"

    group = worker_env["DEMARCHE_APP_ID"]
    articles_committed = committed(kafka_bootstrap, group, catalogue.articles_raw.name)
    events_committed = committed(kafka_bootstrap, group, catalogue.events_enriched.name)
    extracted_written = end_offsets(kafka_bootstrap, catalogue.events_extracted.name)
    extracted_committed = committed(kafka_bootstrap, group, catalogue.events_extracted.name)
    assert sum(articles_committed.values()) < BACKLOG or any(
        extracted_committed.get(p, 0) < end for p, end in extracted_written.items() if end > 0), \
        "the worker had finished before it was stopped: the test proves nothing"
    committed_articles = {json.loads(v)["id"] for v in
                          values_below(kafka_bootstrap, catalogue.articles_raw.name, articles_committed)}
    assert committed_articles, "no article offset was committed before the stop"
    missing = committed_articles - stored(database, "SELECT article_id FROM articles")
    assert not missing, f"committed but never stored: {sorted(missing)}"
    committed_events = {json.loads(v)["event_id"] for v in
                        values_below(kafka_bootstrap, catalogue.events_enriched.name, events_committed)}
    assert committed_events <= stored(database, "SELECT event_id FROM events")

    start_worker()  # the next worker reads on from the committed offsets and stores the rest
    deadline = time.monotonic() + 400
    while len(stored(database, "SELECT article_id FROM articles")) < BACKLOG and time.monotonic() < deadline:
        time.sleep(2)
    assert len(stored(database, "SELECT article_id FROM articles")) == BACKLOG
