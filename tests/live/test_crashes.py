"""Workers killed with SIGKILL on a live broker: consumers of the event topics see each event once,
cluster counts stored by two workers merge, and a killed worker's partitions move within seconds."""

import json
import time
from pathlib import Path

import pytest

from tests.live.conftest import Worker, collect, produce

from pipeline.extraction.extractor import EventExtractor
from pipeline.kafka.clients import read_topic
from pipeline.models import Article, EnrichedEvent
from pipeline.storage import EventStore
from pipeline.topics import TopicCatalogue

pytestmark = pytest.mark.broker

GAZETTEER = Path(__file__).resolve().parents[2] / "pipeline" / "data" / "gazetteer.json"
STATES = [s["name"] for s in json.loads(GAZETTEER.read_text(encoding="utf-8"))["states"]
          if " " not in s["name"] and len(s["iso3"]) == 3]
ASSIGNED = "Executing _on_partitions_assigned"  # faust, when a rebalance hands it partitions
RECOVERED = "Seek stream partitions to committed offsets"  # faust, when its tables are restored


def condemnation(number: int, outlet: str = "Harbour Gazette", prefix: str = "k") -> bytes:
    first, second = STATES[number % len(STATES)], STATES[(number * 7 + 3) % len(STATES)]
    return json.dumps({"id": f"{prefix}-{number}-{outlet}", "source": outlet,
                       "published_at": "2026-09-14T12:00:00+00:00",
                       "text": f"{first} condemned {second} on Monday over the seizure of a fishing boat."}).encode()


def event_ids(bootstrap: str, topic: str) -> list[str]:
    return [json.loads(v)["event_id"] for _k, v in read_topic(bootstrap, topic, timeout=3.0)]


def wait_for(bootstrap: str, topic: str, count: int, worker: Worker, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while len(event_ids(bootstrap, topic)) < count and time.monotonic() < deadline:
        worker.assert_running()
        time.sleep(0.2)


def test_repeated_kills_leave_no_duplicate_event_on_the_event_topics(
    kafka_bootstrap: str, catalogue: TopicCatalogue, start_worker, extractor: EventExtractor,  # type: ignore[no-untyped-def]
):
    waves = [[condemnation(n) for n in range(wave * 25, wave * 25 + 25)] for wave in range(4)]
    expected = {e.event_id for wave in waves for raw in wave
                for e in extractor.extract(Article.model_validate_json(raw))}
    enriched = catalogue.events_enriched.name
    worker: Worker = start_worker()
    for wave in waves[:3]:  # each wave is killed part-way through
        before = len(event_ids(kafka_bootstrap, enriched))
        produce(kafka_bootstrap, catalogue.articles_raw.name, wave)
        wait_for(kafka_bootstrap, enriched, before + 3, worker)
        worker.process.kill()
        worker.process.wait()
        worker = start_worker()
    produce(kafka_bootstrap, catalogue.articles_raw.name, waves[3])
    collect(kafka_bootstrap, enriched, len(expected), worker, timeout=240)
    time.sleep(5)  # late duplicates, if any, would come now

    seen = event_ids(kafka_bootstrap, enriched)
    by_type = [i for spec in catalogue.events_by_type.values() for i in event_ids(kafka_bootstrap, spec.name)]
    print(f"{len(expected)} events, 3 kills: {len(seen) - len(set(seen))} duplicates on {enriched}, "
          f"{len(by_type) - len(set(by_type))} on the type topics")
    assert sorted(seen) == sorted(expected)
    assert sorted(by_type) == sorted(expected)


def test_two_workers_merge_cluster_counts_and_a_killed_workers_partitions_move_within_seconds(
    kafka_bootstrap: str, two_partitions: TopicCatalogue, worker_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
):
    first: Worker = start_worker()
    second: Worker = start_worker()
    outlets = ["Harbour Gazette", "Evening Ledger", "Continental Wire", "Northern Dispatch", "Lakeside Courier"]
    reports = [condemnation(n, outlet) for n in range(8) for outlet in outlets]  # 8 events, 5 reports each
    produce(kafka_bootstrap, two_partitions.articles_raw.name, reports)
    events = [EnrichedEvent.model_validate_json(v)
              for v in collect(kafka_bootstrap, two_partitions.events_enriched.name, len(reports), first)]
    mentions: dict[str, int] = {}
    for event in events:
        mentions[event.cluster_id] = max(mentions.get(event.cluster_id, 0), event.mentions)
    assert len(mentions) == 8 and set(mentions.values()) == {5}

    store = EventStore(worker_env["DEMARCHE_DATABASE_URL"])
    deadline = time.monotonic() + 60
    stored: dict[str, int] = {}
    while time.monotonic() < deadline and stored != mentions:
        stored = {c: (store.cluster(c) or {}).get("mentions", 0) for c in mentions}
        time.sleep(1)
    store.close()
    assert stored == mentions  # the stores of two workers merged their counts

    log = second.log.read_text(errors="replace")
    assigned, recovered = log.count(ASSIGNED), log.count(RECOVERED)
    killed = time.monotonic()
    first.process.kill()
    moved = resumed = None
    while resumed is None and time.monotonic() - killed < 60:
        second.assert_running()
        log = second.log.read_text(errors="replace")
        if moved is None and log.count(ASSIGNED) > assigned:
            moved = time.monotonic() - killed
        if log.count(RECOVERED) > recovered:
            resumed = time.monotonic() - killed
        time.sleep(0.2)
    later = [condemnation(n, prefix="after") for n in range(100, 110)]
    produce(kafka_bootstrap, two_partitions.articles_raw.name, later)
    collect(kafka_bootstrap, two_partitions.events_enriched.name, len(reports) + len(later), second, timeout=60)
    flowing = time.monotonic() - killed
    print(f"the killed worker's partitions moved after {moved:.1f}s, its tables were restored after {resumed:.1f}s; "
          f"10 new articles were enriched {flowing:.1f}s after the kill")
    assert moved is not None and moved <= 10.0
    assert resumed is not None and resumed <= 10.0
