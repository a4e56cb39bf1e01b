"""`demarche demo`: a local broker, a worker, a few sample articles, and the events and alerts they give."""

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.settings import Settings
    from pipeline.topics import TopicCatalogue

__all__ = ["add_parser", "WorkerFailed"]


class WorkerFailed(RuntimeError):
    """The demo's worker stopped before it was ready."""


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("demo", help="run the whole pipe on sample articles and show what comes out")
    parser.add_argument("--workdir", type=Path, default=Path(".demarche/demo"),
                        help="where the demo keeps its database, alert log and worker log")
    parser.add_argument("--keep-broker", action="store_true", help="leave a broker the demo started running")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for the results")
    parser.set_defaults(run=run)


def _start_worker(settings_env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    log = open(log_path, "ab")
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli.main", "worker"], env=settings_env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def run(args: argparse.Namespace, settings: "Settings") -> int:
    from pipeline.cli.broker import local_broker
    from pipeline.data import data_path
    from pipeline.headers import message_headers
    from pipeline.kafka.clients import ensure_topics, make_producer
    from pipeline.settings import Settings
    from pipeline.topics import TopicCatalogue

    workdir: Path = args.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    started_broker = None
    if not settings.uses_external_cluster:
        broker = local_broker(settings)
        if not broker.status().running:
            print(f"starting a local Kafka broker on {broker.bootstrap} (the first run fetches its jars with Maven)...")
            broker.start()
            started_broker = broker
    run_id = datetime.now().strftime("%Y%m%d%H%M%S")
    env = dict(os.environ,
               DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=settings.bootstrap_servers,
               DEMARCHE_TOPIC_PREFIX=f"demo-{run_id}.",
               DEMARCHE_APP_ID=f"demarche-demo-{run_id}",
               DEMARCHE_DATABASE_URL=f"sqlite:///{(workdir / 'demo.db').resolve()}",
               DEMARCHE_ALERT_LOG_PATH=str((workdir / "alerts.jsonl").resolve()),
               DEMARCHE_WORKER_DATA_DIR=str((workdir / "worker").resolve()))
    demo_settings = Settings(kafka_bootstrap_servers=settings.bootstrap_servers, topic_prefix=f"demo-{run_id}.")
    catalogue = TopicCatalogue(demo_settings.topic_prefix, demo_settings.topic_partitions)
    ensure_topics(demo_settings.bootstrap_servers, catalogue.all())
    worker_log = workdir / "worker.log"
    print(f"starting the worker (log: {worker_log})...")
    worker = _start_worker(env, worker_log)
    try:
        _wait_until_ready(worker, worker_log)
        lines = data_path("demo_articles.jsonl").read_bytes().splitlines()
        producer = make_producer(demo_settings.bootstrap_servers)
        for line in lines:
            producer.send(catalogue.articles_raw.name, value=line, headers=message_headers())
        producer.flush()
        producer.close()
        print(f"produced {len(lines)} sample articles to {catalogue.articles_raw.name} (one of them malformed)\n")
        return _show_results(demo_settings, catalogue, workdir, args.timeout, worker)
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
        if started_broker is not None and not args.keep_broker:
            started_broker.stop()


def _wait_until_ready(worker: subprocess.Popen[bytes], log: Path, timeout: float = 120.0) -> None:
    """Wait for faust's "Worker ready" line, so the samples arrive after the worker has started."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and worker.poll() is None:
        if log.exists() and "Worker ready" in log.read_text(errors="replace"):
            return
        time.sleep(0.5)
    if worker.poll() is not None:
        raise WorkerFailed(f"the worker stopped (exit {worker.returncode}); see {log}")


def _show_results(settings: "Settings", catalogue: "TopicCatalogue", workdir: Path, timeout: float,
                  worker: subprocess.Popen[bytes]) -> int:
    from pipeline.cli.formatting import format_event
    from pipeline.kafka.clients import read_topic
    from pipeline.models import Alert, DeadLetter, EnrichedEvent

    bootstrap = settings.bootstrap_servers
    deadline = time.monotonic() + timeout
    events: dict[str, EnrichedEvent] = {}
    settled = 0
    while time.monotonic() < deadline and worker.poll() is None:
        before = len(events)
        for _key, raw in read_topic(bootstrap, catalogue.events_enriched.name, timeout=5.0):
            event = EnrichedEvent.model_validate_json(raw)
            events[event.event_id] = event
        settled = settled + 1 if events and len(events) == before else 0
        if settled >= 2:  # nothing new for two reads: the worker is done with the samples
            break
    if worker.poll() is not None:
        print(f"the worker stopped (exit {worker.returncode}); see {workdir / 'worker.log'}", file=sys.stderr)
        return 1
    print(f"events on {catalogue.events_enriched.name}:")
    for event in events.values():
        print("  " + format_event(event).replace("\n", "\n  "))
    time.sleep(2)
    alerts = [Alert.model_validate_json(raw) for _k, raw in read_topic(bootstrap, catalogue.alerts.name, timeout=3.0)]
    print(f"\nalerts on {catalogue.alerts.name} (also in {workdir / 'alerts.jsonl'}):")
    for alert in alerts:
        print(f"  [{alert.severity.value}] {alert.rule}: {alert.message}")
    letters = [DeadLetter.model_validate_json(raw)
               for _k, raw in read_topic(bootstrap, catalogue.deadletter.name, timeout=3.0)]
    print(f"\ndead letters on {catalogue.deadletter.name}:")
    for letter in letters:
        print(f"  {letter.reason}: {json.dumps(letter.original.decode('utf-8', 'replace'))[:100]}")
    print(f"\nstored in {workdir / 'demo.db'}; try: demarche consume {catalogue.events_enriched.name} --from-beginning")
    return 0 if events else 1
