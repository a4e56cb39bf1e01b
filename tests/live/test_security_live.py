"""demarche over the session broker's SASL_SSL listener: TLS with a client certificate, SCRAM and PLAIN."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live.conftest import Worker

from pipeline.topics import TopicCatalogue

ARTICLE = {"id": "tls-1", "source": "Ridge Observer", "published_at": "2026-02-03T10:00:00+00:00",
           "text": "Portuguese Foreign Minister Ines Costa met Spanish Foreign Minister Pablo Ruiz in Lisbon "
                   "on Monday to discuss river water sharing."}


def demarche(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli.main", *args], env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def secure_env(worker_env: dict[str, str], secure_kafka_env: dict[str, str]) -> dict[str, str]:
    worker_env.update(secure_kafka_env)  # the workers this test starts connect the same way
    return worker_env


@pytest.mark.broker
def test_topics_produce_the_worker_and_consume_all_work_over_sasl_ssl(
    secure_env: dict[str, str], topic_prefix: str, start_worker, tmp_path: Path,  # type: ignore[no-untyped-def]
):
    password = secure_env["DEMARCHE_KAFKA_SASL_PASSWORD"]
    catalogue = TopicCatalogue(topic_prefix)
    created = demarche(secure_env, "topics", "create")
    assert created.returncode == 0 and catalogue.articles_raw.name in created.stdout, created.stderr
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    produced = demarche(secure_env, "produce", str(articles))
    assert produced.returncode == 0 and f"sent 1 article to {catalogue.articles_raw.name}" in produced.stderr

    worker: Worker = start_worker()
    consumed = demarche(secure_env, "consume", "events.enriched", "--from-beginning", "--format", "pretty",
                        "--max-messages", "1", "--timeout", "90")
    worker.assert_running()
    assert consumed.returncode == 0, consumed.stderr
    assert consumed.stdout.startswith("MEET      Ines Costa (PRT) -> Pablo Ruiz (ESP)")
    described = demarche(secure_env, "topics", "describe", "articles.raw")
    assert described.returncode == 0 and secure_env["DEMARCHE_APP_ID"] in described.stdout

    outputs = [created, produced, consumed, described]
    assert all(password not in run.stdout + run.stderr for run in outputs)
    assert password not in worker.log.read_text(errors="replace")


@pytest.mark.broker
@pytest.mark.parametrize("command", [["topics", "list"], ["worker"]])
def test_a_wrong_password_is_one_clear_line(secure_env: dict[str, str], command: list[str]):
    env = dict(secure_env, DEMARCHE_KAFKA_SASL_PASSWORD="not-the-password")
    run = demarche(env, *command)
    assert run.returncode == 2
    [line] = run.stderr.strip().splitlines()
    user = secure_env["DEMARCHE_KAFKA_SASL_USERNAME"]
    assert line.startswith(f"demarche {command[0]}: Kafka at {env['DEMARCHE_KAFKA_BOOTSTRAP_SERVERS']} "
                           f"(SASL_SSL, SCRAM-SHA-512 as {user}) refused the credentials")
    assert "not-the-password" not in run.stdout + run.stderr


@pytest.mark.broker
@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-256"])
def test_the_other_mechanisms_work_too(secure_env: dict[str, str], mechanism: str):
    run = demarche(dict(secure_env, DEMARCHE_KAFKA_SASL_MECHANISM=mechanism), "topics", "list")
    assert run.returncode == 0 and "articles.raw" in run.stdout, run.stderr


@pytest.mark.broker
def test_a_plaintext_client_gets_nothing_from_the_secure_listener(secure_env: dict[str, str]):
    env = {k: v for k, v in secure_env.items() if not k.startswith("DEMARCHE_KAFKA_") or k.endswith("SERVERS")}
    run = demarche(env, "topics", "list")
    assert run.returncode == 2 and "no Kafka broker answers" in run.stderr
