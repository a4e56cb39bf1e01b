"""A live worker's /health and /metrics pages, scraped as Prometheus and a container probe would."""

import json
import subprocess
import sys
import time
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.live.conftest import collect, produce

from pipeline.topics import TopicCatalogue

ARTICLES = [
    json.dumps({"id": "w-1", "source": "Lakeside Courier", "published_at": "2026-05-04T08:00:00+00:00",
                "text": "The Finnish government condemned Russia on Monday for jamming aircraft navigation "
                        "signals over the Gulf of Finland."}).encode(),
    json.dumps({"id": "w-2", "source": "Lakeside Courier", "published_at": "2026-05-05T08:00:00+00:00",
                "text": "Estonian Prime Minister Kristi Vaher met Latvian Prime Minister Juris Ozols in "
                        "Tallinn on Tuesday."}).encode(),
    b'{"id": "w-3", "title": "a record without any text"}',
]


def scrape(port: int) -> dict[str, float]:
    """Every sample of /metrics, keyed by name and labels: `demarche_events_total{event_type="MEET"}`."""
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = ",".join(f'{k}="{v}"' for k, v in sorted(sample.labels.items()))
            samples[f"{sample.name}{{{labels}}}" if labels else sample.name] = sample.value
    return samples


@pytest.mark.broker
def test_health_and_metrics_count_articles_dead_letters_of_every_stage_events_and_lag(
    kafka_bootstrap: str, catalogue: TopicCatalogue, worker_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
):
    worker = start_worker()
    port = int(worker.env["DEMARCHE_WEB_PORT"])
    produce(kafka_bootstrap, catalogue.articles_raw.name, ARTICLES)
    produce(kafka_bootstrap, catalogue.alerts.name, [b"an alert nobody could read"])  # the alert sink's dead letter
    events = collect(kafka_bootstrap, catalogue.events_enriched.name, 2, worker)
    collect(kafka_bootstrap, catalogue.deadletter.name, 2, worker)
    types = sorted(json.loads(e)["event_type"] for e in events)
    deadline = time.monotonic() + 60
    while True:  # offsets are committed every few seconds: wait until the worker has caught up
        metrics = scrape(port)
        # a lag per partition the worker has committed: those the articles went to, of the topic's four
        lags = [v for k, v in metrics.items()
                if k.startswith("demarche_consumer_lag") and f'topic="{catalogue.articles_raw.name}"' in k]
        if (lags and not any(lags)) or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert lags and not any(lags)
    assert metrics["demarche_articles_total"] == 3
    assert metrics["demarche_dead_letters_total"] == 2  # the extract stage's, in a transaction, and the sink's
    assert metrics["demarche_extraction_seconds_count"] == 2 and metrics["demarche_extraction_seconds_sum"] > 0
    counted = {k: v for k, v in metrics.items() if k.startswith("demarche_events_total")}
    assert counted == {f'demarche_events_total{{event_type="{t}"}}': types.count(t) for t in set(types)}
    assert metrics["demarche_storage_retries_total"] == 0
    assert any(k.startswith("faust_messages_received") for k in metrics)  # faust's own monitor, same page

    health = urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=10)
    assert health.status == 200 and json.loads(health.read())["status"] == "ok"
    probe = subprocess.run([sys.executable, "-m", "pipeline.healthcheck"], env=worker.env, capture_output=True,
                           text=True, timeout=30)
    assert probe.returncode == 0 and '"status":"ok"' in probe.stdout


def test_the_probe_fails_when_no_worker_answers(worker_env: dict[str, str]):
    probe = subprocess.run([sys.executable, "-m", "pipeline.healthcheck"], env=worker_env, capture_output=True,
                           text=True, timeout=30)
    assert probe.returncode == 1 and "Connection refused" in probe.stdout
