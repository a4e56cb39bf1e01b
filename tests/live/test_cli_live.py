"""The command line against a live broker: every input format, consumer groups, topics, and
querying what the worker stored, on SQLite and PostgreSQL, with replays leaving the same rows."""

import json
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from tests.conftest import fresh_postgres_schema_url
from tests.live.conftest import collect
from tests.producing.test_readers import ATOM, RSS

from pipeline.kafka.clients import make_producer, read_topic
from pipeline.kafka.reading import read_records
from pipeline.storage.events import database_url
from pipeline.storage.schema import articles, clusters, event_actors, events
from pipeline.topics import TopicCatalogue

pytestmark = pytest.mark.broker


def demarche(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli.main", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=180)


def test_every_input_format_reaches_the_topic_keyed_by_article_id(
    kafka_bootstrap: str, catalogue: TopicCatalogue, worker_env: dict[str, str], tmp_path: Path,
):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text('{"id": "jl-1", "text": "Chile praised Peru."}\n', encoding="utf-8")
    (folder / "b.json").write_text('[{"id": "ja-1", "text": "Ghana condemned Togo."}]', encoding="utf-8")
    (folder / "c.md").write_text("# Accord\n\nLaos and Cambodia signed an agreement.\n", encoding="utf-8")
    (folder / "d.txt").write_text("Norway hosted talks with Sweden.\n", encoding="utf-8")
    (folder / "e.rss").write_text(RSS, encoding="utf-8")
    (folder / "f.atom").write_text(ATOM, encoding="utf-8")
    run = demarche(worker_env, "produce", str(folder))
    assert run.returncode == 0 and "sent 6 articles" in run.stderr, run.stderr
    piped = demarche(worker_env, "produce", "-", stdin='{"id": "in-1", "text": "Kenya praised Uganda."}\n')
    assert piped.returncode == 0 and "sent 1 article to" in piped.stderr
    messages = list(read_topic(kafka_bootstrap, catalogue.articles_raw.name, timeout=5))
    assert len(messages) == 7
    for key, value in messages:
        payload = json.loads(value)
        assert key is not None and ("id" not in payload or key.decode() == payload["id"])
    titles = {json.loads(v).get("title") for _k, v in messages}
    assert {"Accord", "Chile praises Peru", "Talks in Oslo"} <= titles


def test_a_consumer_group_resumes_where_it_stopped(
    kafka_bootstrap: str, catalogue: TopicCatalogue, worker_env: dict[str, str],
):
    produced = demarche(worker_env, "produce", "-", stdin='{"id": "g-1", "text": "Chile praised Peru."}\n')
    assert produced.returncode == 0, produced.stderr
    group = f"readers-{uuid.uuid4().hex[:6]}"
    first = demarche(worker_env, "consume", "articles.raw", "--group", group, "--from-beginning", "--timeout", "30",
                     "--max-messages", "1")  # returns as soon as the one message is read, however slow the broker is
    assert len(first.stdout.splitlines()) == 1, (first.returncode, first.stderr)
    again = demarche(worker_env, "consume", "articles.raw", "--group", group, "--timeout", "5")
    without = demarche(worker_env, "consume", "articles.raw", "--timeout", "5")  # starts at the end, as Kafka's does
    assert (again.stdout, without.stdout) == ("", ""), (again.stderr, without.stderr)
    described = demarche(worker_env, "topics", "describe", "articles.raw")
    assert f"{group} (0)" in described.stdout, described.stdout + described.stderr


def test_a_group_reader_stopped_after_some_messages_leaves_the_rest_to_the_group(
    catalogue: TopicCatalogue, worker_env: dict[str, str],
):
    produced = [f"m-{n}" for n in range(6)]
    demarche(worker_env, "produce", "-", stdin="".join(f'{{"id": "{i}", "text": "Chile praised Peru."}}\n'
                                                        for i in produced))
    group = f"readers-{uuid.uuid4().hex[:6]}"
    first = demarche(worker_env, "consume", "articles.raw", "--group", group, "--from-beginning", "--timeout", "30",
                     "--max-messages", "2")
    rest = demarche(worker_env, "consume", "articles.raw", "--group", group, "--timeout", "5")
    first_ids = [json.loads(line)["id"] for line in first.stdout.splitlines()]
    rest_ids = [json.loads(line)["id"] for line in rest.stdout.splitlines()]
    assert len(first_ids) == 2 and sorted(first_ids + rest_ids) == produced


def test_a_group_reader_its_caller_stops_midway_leaves_what_it_fetched_and_did_not_hand_out(
    kafka_bootstrap: str, catalogue: TopicCatalogue,
):
    topic = catalogue.articles_raw.name
    producer = make_producer(kafka_bootstrap)
    values = [f"message {n}".encode() for n in range(6)]
    for value in values:  # one key, one partition: the reader fetches them all in one poll
        producer.send(topic, key=b"one-key", value=value)
    producer.flush()
    producer.close()
    group = f"readers-{uuid.uuid4().hex[:6]}"
    records = read_records(kafka_bootstrap, topic, group=group, from_beginning=True, timeout=30)
    taken = [next(records).value, next(records).value]
    records.close()  # the caller stops while holding the second record
    rest = [r.value for r in read_records(kafka_bootstrap, topic, group=group, timeout=5)]
    assert taken == values[:2] and rest == values[1:]  # the second was not come back from: it is read again


ARTICLES = [
    {"id": "q-1", "source": "Harbour Gazette", "published_at": "2026-07-02T09:00:00+00:00",
     "text": "Kenyan Foreign Minister Amani Otieno met Ugandan Foreign Minister Grace Nabirye in Kampala on "
             "Wednesday. Kenya condemned the closure of the border crossing at Busia."},
    {"id": "q-2", "source": "Evening Ledger", "published_at": "2026-07-02T15:00:00+00:00",
     "text": "Uganda rejected the proposal from Kenya on shared customs posts."},
]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, worker_env: dict[str, str]) -> str:
    if request.param == "sqlite":
        return worker_env["DEMARCHE_DATABASE_URL"]
    scoped = fresh_postgres_schema_url()
    worker_env["DEMARCHE_DATABASE_URL"] = scoped
    return scoped


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, without the time it was written."""
    engine = create_engine(database_url(url))
    tables = {}
    with engine.connect() as connection:
        for table in (articles, events, event_actors, clusters):
            columns = [c for c in table.columns if c.name != "stored_at"]
            tables[table.name] = sorted(tuple(row) for row in connection.execute(select(*columns)))
    engine.dispose()
    return tables


def test_stored_events_are_queried_and_a_replay_leaves_the_same_rows(
    kafka_bootstrap: str, catalogue: TopicCatalogue, database: str, worker_env: dict[str, str],
    start_worker, tmp_path: Path,  # type: ignore[no-untyped-def]
):
    worker = start_worker()
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    assert demarche(worker_env, "produce", str(source)).returncode == 0
    assert len(collect(kafka_bootstrap, catalogue.events_enriched.name, 3, worker)) == 3

    def stored(*filters: str) -> list[dict[str, Any]]:
        run = demarche(worker_env, "events", "--format", "jsonl", *filters)
        assert run.returncode == 0, run.stderr
        return [json.loads(line) for line in run.stdout.splitlines()]

    for _ in range(30):  # the sink commits in batches: wait until all three rows are there
        if len(stored()) == 3:
            break
        time.sleep(1)
    assert sorted(e["event_type"] for e in stored()) == ["CONDEMN", "MEET", "REJECT"]
    assert [e["event_type"] for e in stored("--dyad", "UGA-KEN", "--type", "REJECT")] == ["REJECT"]
    assert [e["article_id"] for e in stored("--text", "border crossing")] == ["q-1"]
    assert stored("--country", "FRA") == []
    meeting = stored("--type", "MEET")[0]
    shown = demarche(worker_env, "events", "show", meeting["event_id"][:12])
    assert shown.returncode == 0 and "Amani Otieno" in shown.stdout and "CAMEO 040" in shown.stdout
    stats = demarche(worker_env, "stats")
    assert "2026-07-01 KEN+UGA" in stats.stdout and "MEET" in stats.stdout
    as_csv = demarche(worker_env, "events", "--format", "csv").stdout.splitlines()
    assert as_csv[0].startswith("event_id,article_id,event_type") and len(as_csv) == 4
    registry = [json.loads(line) for line in demarche(worker_env, "actors", "--format", "jsonl").stdout.splitlines()]
    otieno = [a for a in registry if a["name"] == "Amani Otieno"]
    assert len(otieno) == 1 and otieno[0]["codes"] == ["KEN"] and otieno[0]["events"] >= 1, registry
    found = demarche(worker_env, "actors", "otieno").stdout
    assert "Amani Otieno" in found and "Nabirye" not in found

    before = snapshot(database)
    assert demarche(worker_env, "produce", str(source)).returncode == 0
    # the same reports again: enrich knows them, so consumers of events.enriched see each event once
    assert len(collect(kafka_bootstrap, catalogue.events_enriched.name, 4, worker, timeout=20)) == 3
    time.sleep(3)  # let the sink commit its last batch
    assert snapshot(database) == before
