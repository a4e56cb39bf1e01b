"""Operating demarche against a live broker as a user does: -b, consume formats and starting points,
resetting a group's offsets, oversized articles, headers, and alerts read from the alerts topic."""

import json
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.live.conftest import Worker, collect
from tests.producing.test_urls import site  # noqa: F401 (a fixture)

from pipeline.kafka.clients import ensure_topics
from pipeline.kafka.reading import read_records
from pipeline.models import Alert, EnrichedEvent
from pipeline.producing.links import entry_article_id
from pipeline.topics import TopicCatalogue

pytestmark = pytest.mark.broker
HEADERS = [("content-type", b"application/json"), ("schema-version", b"1")]


def demarche(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli.main", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=180)


@pytest.fixture
def catalogue(kafka_bootstrap: str, topic_prefix: str, worker_env: dict[str, str]) -> TopicCatalogue:
    """Topics of one partition, for the commands and the worker alike: these tests read back in order."""
    worker_env["DEMARCHE_TOPIC_PARTITIONS"] = "1"
    topics = TopicCatalogue(topic_prefix, 1)
    ensure_topics(kafka_bootstrap, topics.all())
    return topics


@pytest.fixture
def user_env(worker_env: dict[str, str], catalogue: TopicCatalogue) -> dict[str, str]:
    """A user's environment that names no cluster: every command is given -b."""
    return {k: v for k, v in worker_env.items() if k != "DEMARCHE_KAFKA_BOOTSTRAP_SERVERS"}


def articles_file(tmp_path: Path, *ids: str) -> Path:
    path = tmp_path / f"{uuid.uuid4().hex[:6]}.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": f"Chile praised Peru ({i})."}) + "\n" for i in ids),
                    encoding="utf-8")
    return path


def test_consume_shows_key_partition_offset_timestamp_and_headers_with_b(
    kafka_bootstrap: str, catalogue: TopicCatalogue, user_env: dict[str, str], tmp_path: Path,
):
    before = time.time() * 1000
    sent = demarche(user_env, "produce", "-b", kafka_bootstrap, str(articles_file(tmp_path, "f-1", "f-2")))
    assert sent.returncode == 0, sent.stderr
    run = demarche(user_env, "consume", "articles.raw", "-b", kafka_bootstrap, "--from-beginning", "--timeout", "3",
                   "--format", "%k|%p|%o|%T|%h")
    rows = [line.split("|") for line in run.stdout.splitlines()]
    assert [(r[0], r[1], r[2]) for r in rows] == [("f-1", "0", "0"), ("f-2", "0", "1")]
    assert all(before - 1000 <= int(r[3]) <= time.time() * 1000 for r in rows)
    assert {r[4] for r in rows} == {"content-type=application/json,schema-version=1"}


def test_without_from_beginning_only_new_messages_are_read_with_or_without_a_group(
    kafka_bootstrap: str, catalogue: TopicCatalogue, user_env: dict[str, str], tmp_path: Path,
):
    demarche(user_env, "-b", kafka_bootstrap, "produce", str(articles_file(tmp_path, "old-1")))
    group = f"g-{uuid.uuid4().hex[:6]}"
    for options in ([], ["--group", group]):
        reader = subprocess.Popen([sys.executable, "-m", "pipeline.cli.main", "-b", kafka_bootstrap, "consume",
                                   "articles.raw", "--format", "%k", "--max-messages", "1", "--timeout", "40",
                                   *options], env=user_env, stdout=subprocess.PIPE, text=True)
        time.sleep(6)  # the reader has joined and sits at the end
        new_id = f"new-{uuid.uuid4().hex[:4]}"
        demarche(user_env, "-b", kafka_bootstrap, "produce", str(articles_file(tmp_path, new_id)))
        out, _ = reader.communicate(timeout=60)
        assert out.split() == [new_id], options
    everything = demarche(user_env, "-b", kafka_bootstrap, "consume", "articles.raw", "--group", group,
                          "--from-beginning", "--timeout", "3", "--format", "%k")
    assert everything.stdout.split()[0] == "old-1" and len(everything.stdout.split()) == 3
    assert demarche(user_env, "-b", kafka_bootstrap, "consume", "articles.raw", "--group", group,
                    "--timeout", "3").stdout == ""


def test_reset_offsets_replays_a_group_from_the_start_or_from_a_time(
    kafka_bootstrap: str, catalogue: TopicCatalogue, user_env: dict[str, str], tmp_path: Path,
):
    demarche(user_env, "-b", kafka_bootstrap, "produce", str(articles_file(tmp_path, "r-1", "r-2")))
    middle = datetime.now(timezone.utc)
    time.sleep(1.5)
    demarche(user_env, "-b", kafka_bootstrap, "produce", str(articles_file(tmp_path, "r-3")))
    group = f"replay-{uuid.uuid4().hex[:6]}"

    def read(*options: str) -> list[str]:
        return demarche(user_env, "-b", kafka_bootstrap, "consume", "articles.raw", "--group", group, *options,
                        "--timeout", "3", "--format", "%k").stdout.split()

    assert read("--from-beginning") == ["r-1", "r-2", "r-3"]
    assert read() == []
    reset = demarche(user_env, "-b", kafka_bootstrap, "topics", "reset-offsets", group, "--to", "earliest")
    assert reset.returncode == 0, reset.stderr
    assert reset.stdout.splitlines()[1].split() == [catalogue.articles_raw.name, "0", "3", "0"]
    assert read() == ["r-1", "r-2", "r-3"]
    demarche(user_env, "-b", kafka_bootstrap, "topics", "reset-offsets", group, "--to", middle.isoformat())
    assert read() == ["r-3"]


def test_reset_offsets_refuses_a_group_that_is_running(
    kafka_bootstrap: str, catalogue: TopicCatalogue, user_env: dict[str, str], tmp_path: Path,
):
    group = f"busy-{uuid.uuid4().hex[:6]}"
    reader = subprocess.Popen([sys.executable, "-m", "pipeline.cli.main", "-b", kafka_bootstrap, "consume",
                               "articles.raw", "--group", group, "--follow"], env=user_env, stdout=subprocess.DEVNULL)
    try:
        time.sleep(8)
        run = demarche(user_env, "-b", kafka_bootstrap, "topics", "reset-offsets", group, "--to", "earliest",
                       "--topic", "articles.raw")
    finally:
        reader.terminate()
        reader.wait(timeout=30)
    assert run.returncode == 2
    assert run.stderr.strip() == (f"demarche topics: consumer group {group!r} has 1 running member(s); "
                                  "stop them (the worker, a consumer) before resetting its offsets")


def test_too_large_an_article_is_skipped_with_its_line_and_the_rest_are_sent(
    kafka_bootstrap: str, catalogue: TopicCatalogue, user_env: dict[str, str], tmp_path: Path,
):
    path = tmp_path / "mixed.jsonl"
    big = {"id": "huge", "text": "Ghana condemned Togo over the border closure. " * 30_000}  # 1.4 MB
    path.write_text("\n".join(json.dumps(a) for a in [{"id": "s-1", "text": "Chile praised Peru."}, big,
                                                      {"id": "s-2", "text": "Kenya praised Uganda."}]) + "\n")
    run = demarche(user_env, "-b", kafka_bootstrap, "produce", str(path))
    assert run.returncode == 0, run.stderr
    assert f"{path}:2: skipped: too large: 1,380,0" in run.stderr and "Traceback" not in run.stderr
    assert run.stderr.strip().endswith("sent 2 articles to " + catalogue.articles_raw.name +
                                       ", skipped 1 (too large: 1)")
    keys = [r.key for r in read_records(kafka_bootstrap, catalogue.articles_raw.name, from_beginning=True,
                                        until_end=True)]
    assert keys == [b"s-1", b"s-2"]


UNDATED_CONDEMNATIONS = [
    {"id": f"u-{day}", "source": "Wire", "published_at": f"2026-11-{day}T10:00:00+00:00",
     "text": "Serbia condemned Kosovo over the arrest of two Serbian police officers."}
    for day in ("10", "14", "20")
]
CONDEMNATION_RULES = '[[rule]]\nname = "condemnations"\nseverity = "critical"\nevent_types = ["CONDEMN"]\n'


def test_the_worker_sends_headers_and_alerts_are_read_from_the_alerts_topic(
    kafka_bootstrap: str, catalogue: TopicCatalogue, worker_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
    tmp_path: Path,
):
    rules = tmp_path / "rules.toml"
    rules.write_text(CONDEMNATION_RULES, encoding="utf-8")
    worker_env["DEMARCHE_ALERT_RULES_PATH"] = str(rules)
    worker: Worker = start_worker()
    follower = subprocess.Popen([sys.executable, "-m", "pipeline.cli.main", "alerts", "--follow"], env=worker_env,
                                stdout=subprocess.PIPE, text=True)
    source = tmp_path / "undated.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in UNDATED_CONDEMNATIONS), encoding="utf-8")
    assert demarche(worker_env, "produce", str(source)).returncode == 0
    events = [EnrichedEvent.model_validate_json(v)
              for v in collect(kafka_bootstrap, catalogue.events_enriched.name, 3, worker)]
    assert len({e.cluster_id for e in events}) == 3  # undated reports days apart are three condemnations
    alerts = [Alert.model_validate_json(v) for v in collect(kafka_bootstrap, catalogue.alerts.name, 3, worker)]
    assert len(alerts) == 3
    try:
        followed = [follower.stdout.readline() for _ in range(3)] if follower.stdout else []
    finally:
        follower.kill()
        follower.wait()
    assert all("ALERT [CRITICAL] condemnations: Serbia" in line for line in followed)
    for spec in (catalogue.articles_raw, catalogue.events_extracted, catalogue.events_enriched,
                 catalogue.events_by_type[events[0].event_type], catalogue.alerts):
        records = list(read_records(kafka_bootstrap, spec.name, from_beginning=True, until_end=True))
        assert records and all(dict(HEADERS).items() <= dict(r.headers).items() for r in records), spec.name
    shown = demarche(worker_env, "alerts")
    assert shown.returncode == 0, shown.stderr
    assert len(shown.stdout.splitlines()) == 3 and all("ALERT [CRITICAL] condemnations" in s for s in shown.stdout.splitlines())
    assert demarche(worker_env, "alerts", "--since", "1m", "--country", "SRB", "--json").stdout.count("alert_id") == 3
    first_log = demarche(worker_env, "alerts", "--group", "log-writer", "--json")
    again = demarche(worker_env, "alerts", "--group", "log-writer", "--json")
    assert (first_log.returncode, again.returncode) == (0, 0), first_log.stderr + again.stderr
    assert first_log.stdout.count("\n") == 3 and again.stdout == ""  # a log writer resumes where it stopped
    assert "[CRITICAL] ALERT [CRITICAL] condemnations" in worker.log.read_text()  # logged at its severity


def test_a_feed_is_produced_from_a_url_keyed_by_its_guids(
    kafka_bootstrap: str, catalogue: TopicCatalogue, user_env: dict[str, str], site: str,
):
    run = demarche(user_env, "-b", kafka_bootstrap, "produce", f"{site}/feed.rss")
    assert run.returncode == 0 and "sent 2 articles" in run.stderr, run.stderr
    records = list(read_records(kafka_bootstrap, catalogue.articles_raw.name, from_beginning=True, until_end=True))
    assert [r.key.decode() for r in records if r.key] == [entry_article_id("hillpost-88", None),
                                                         entry_article_id(None, "https://hillpost.example.org/b")]
    assert json.loads(records[0].value)["url"] == "https://hillpost.example.org/talks?ref=7"
