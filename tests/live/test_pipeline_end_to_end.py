"""The whole pipe on a live broker: articles in with kafka-python and the CLI, events, alerts,
stored rows and dead letters out, with the real `demarche worker` process in between."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kafka import KafkaConsumer, KafkaProducer

from tests.live.conftest import Worker, collect, produce

from pipeline.models import DeadLetter, EnrichedEvent
from pipeline.storage import EventStore
from pipeline.topics import TopicCatalogue

ARTICLES = [
    {"id": "live-1", "source": "Lakeside Courier", "published_at": "2026-05-07T10:00:00+00:00",
     "text": "Finland and Estonia sign ferry safety pact\n\nFinnish Foreign Minister Liisa Koskinen met "
             "Estonian Foreign Minister Mart Tamm in Tallinn on Wednesday. The two ministers signed an "
             "agreement on ferry safety inspections in the Gulf of Finland."},
    {"id": "live-2", "source": "Northern Dispatch", "published_at": "2026-05-07T15:00:00+00:00",
     "text": "Canada imposed sanctions on Venezuela on Thursday over the disputed election. "
             "Venezuela condemned Canada and recalled its ambassador from Ottawa."},
]
NOT_JSON = b"this is not json {"
NO_TEXT = json.dumps({"id": "live-3", "title": "A headline without a body"}).encode()
GERMAN = json.dumps({"id": "live-4", "language": "de",
                     "text": "Kanada verhängte am Donnerstag Sanktionen gegen Venezuela."}).encode()


def partitions_by_event(bootstrap: str, topic: str) -> dict[str, int]:
    """The partition of each event (or alert's event) on a topic, by event id."""
    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                             isolation_level="read_committed", consumer_timeout_ms=3000)
    try:
        found = {}
        for message in consumer:
            value = json.loads(message.value)
            found[value.get("event", value)["event_id"]] = message.partition
        return found
    finally:
        consumer.close()


@pytest.fixture
def worker(start_worker):  # type: ignore[no-untyped-def]
    return start_worker()


@pytest.mark.broker
def test_articles_become_routed_stored_and_alerted_events(
    kafka_bootstrap: str, catalogue: TopicCatalogue, worker_env: dict[str, str], worker: Worker, tmp_path: Path,
):
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    produced = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "produce", str(source)],
                              env=worker_env, capture_output=True, text=True)
    assert produced.returncode == 0, produced.stderr
    assert "sent 2 articles" in produced.stderr
    produce(kafka_bootstrap, catalogue.articles_raw.name, [NOT_JSON, NO_TEXT, GERMAN])

    events = [EnrichedEvent.model_validate_json(v)
              for v in collect(kafka_bootstrap, catalogue.events_enriched.name, 5, worker)]
    summary = {(e.event_type.value, tuple(sorted(a.country or a.code or "" for a in e.source)),
                tuple(sorted(a.country or a.code or "" for a in e.target))) for e in events}
    assert ("MEET", ("FIN",), ("EST",)) in summary
    assert ("AGREE", ("EST", "FIN"), ()) in summary
    assert ("SANCTION", ("CAN",), ("VEN",)) in summary
    assert ("CONDEMN", ("VEN",), ("CAN",)) in summary
    meeting = next(e for e in events if e.event_type.value == "MEET")
    assert meeting.date == "2026-05-06" and meeting.location is not None and meeting.location.country == "EST"

    sanctions = [EnrichedEvent.model_validate_json(v)
                 for v in collect(kafka_bootstrap, catalogue.events_by_type[meeting.event_type.SANCTION].name,
                                  2, worker)]
    assert sorted(e.codes.cameo for e in sanctions) == ["161", "163"]  # recalled ambassador, sanctions
    assert {e.article_id for e in sanctions} == {"live-2"}
    meetings = collect(kafka_bootstrap, catalogue.events_by_type[meeting.event_type.MEET].name, 1, worker)
    assert all(EnrichedEvent.model_validate_json(v).event_type.value == "MEET" for v in meetings)

    letters = [DeadLetter.model_validate_json(v)
               for v in collect(kafka_bootstrap, catalogue.deadletter.name, 3, worker)]
    assert sorted(letter.original for letter in letters) == sorted([NOT_JSON, NO_TEXT, GERMAN])
    reasons = {letter.original: letter.reason for letter in letters}
    assert reasons[NOT_JSON].startswith("not JSON")
    assert reasons[NO_TEXT] == "invalid article: text: Field required"
    assert reasons[GERMAN].startswith("skipped: language 'de' is not English")  # not zero events, silently

    alert_log = Path(worker_env["DEMARCHE_ALERT_LOG_PATH"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not alert_log.exists():
        time.sleep(1)
    alerts = [json.loads(line) for line in alert_log.read_text(encoding="utf-8").splitlines()]
    assert any(a["rule"] == "sanctions" and a["event"]["article_id"] == "live-2" for a in alerts)
    assert len({a["alert_id"] for a in alerts}) == len(alerts)

    store = EventStore(worker_env["DEMARCHE_DATABASE_URL"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and store.count() < len(events):
        time.sleep(1)
    assert {e.event_id for e in store.events()} == {e.event_id for e in events}
    worker.assert_running()  # malformed input must not stop the worker

    # enrich sends each event beside its input: to the partition of its pair on events.extracted
    of_pair = partitions_by_event(kafka_bootstrap, catalogue.events_extracted.name)
    assert len(set(of_pair.values())) > 1  # the pairs are spread, so that the test can fail
    for topic in (catalogue.events_enriched, catalogue.events_by_type[meeting.event_type.SANCTION], catalogue.alerts):
        placed = partitions_by_event(kafka_bootstrap, topic.name)
        assert placed and all(partition == of_pair[event_id] for event_id, partition in placed.items()), topic.name


@pytest.mark.broker
def test_the_events_of_an_idle_worker_are_readable_without_waiting_for_the_commit_interval(
    kafka_bootstrap: str, catalogue: TopicCatalogue, worker_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
):
    worker_env["DEMARCHE_COMMIT_INTERVAL"] = "60"  # the first commit on the interval comes 60 s after the start
    launched = time.monotonic()
    worker = start_worker()
    produce(kafka_bootstrap, catalogue.articles_raw.name, [json.dumps(ARTICLES[1]).encode()])

    events = collect(kafka_bootstrap, catalogue.events_enriched.name, 3, worker,
                     timeout=max(50.0 - (time.monotonic() - launched), 1.0))

    assert {EnrichedEvent.model_validate_json(v).event_type.value for v in events} == {"SANCTION", "CONDEMN"}
    assert time.monotonic() - launched < 55.0  # both transactional hops committed as their stage went idle


@pytest.mark.broker
def test_consume_prints_the_messages_of_a_topic(kafka_bootstrap: str, topic_prefix: str, worker_env: dict[str, str]):
    topic = f"{topic_prefix}alerts"
    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap)
    producer.send(topic, b'{"n": 1}').get(timeout=30)
    producer.send(topic, b'{"n": 2}').get(timeout=30)
    producer.close()
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "consume", "alerts", "--from-beginning",
                          "--timeout", "5"], env=worker_env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ['{"n": 1}', '{"n": 2}']


def test_consume_from_an_unreachable_broker_says_so_in_one_line(tmp_path: Path):
    env = dict(os.environ, DEMARCHE_KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:1")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "consume", "alerts"],
                         env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.strip().startswith("demarche consume: no Kafka broker answers at 127.0.0.1:1")
    assert "Traceback" not in run.stderr
