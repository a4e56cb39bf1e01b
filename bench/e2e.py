"""End to end: throughput, scale-out, latency and memory of `demarche worker`, as ratios of bare spaCy.

    .venv/bin/python bench/e2e.py [--articles 300] [--json bench-e2e.json]
    .venv/bin/python bench/e2e.py --latency-only RATE [--latency-articles 60]

Every figure comes from this one run, on one corpus (`bench/corpus.py`):

- the ceiling: bare spaCy `nlp.pipe` in one process, and with one process per core (the machine's limit);
- offline: `EventExtractor.extract_many`, whose event ids every stream run must store, no more, no fewer;
- one worker with the default settings, on a backlog of every article;
- one worker limited to one core (`taskset`), and two such workers in one consumer group, each on
  its own core, on the same backlog (with fewer than two cores both share what there is);
- latency at half of the one-worker throughput: produce -> event readable on `events.enriched` (by a
  `read_committed` subscriber, as the event's transaction commits), and produce -> event stored,
  with the time to each stage's send (before its transaction commits) to show where it goes;
- the resident memory of the worker (its spaCy processes included) and of the broker.

`--latency-only` runs the latency phase alone, at RATE articles a second (half of a capacity measured
before), and prints its percentiles.

A backlog run times from the first article produced to the last event stored. Each run has its own
topics, consumer group and SQLite database. With DEMARCHE_KAFKA_BOOTSTRAP_SERVERS set the runs use that
cluster, otherwise a local broker is started for the run and stopped after it.
"""

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator

import psutil
import spacy
from kafka import KafkaConsumer, TopicPartition

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles  # noqa: E402

from pipeline.broker import LocalBroker  # noqa: E402
from pipeline.broker.local import free_port  # noqa: E402
from pipeline.extraction.extractor import load_extractor  # noqa: E402
from pipeline.intake import parse_article  # noqa: E402
from pipeline.kafka.clients import ensure_topics, make_producer  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from pipeline.storage import EventStore  # noqa: E402
from pipeline.topics import DEFAULT_PARTITIONS, TopicCatalogue  # noqa: E402


POOL_SETTINGS = Settings.model_fields  # a worker with `parse_processes` logs when its spaCy processes are ready


@dataclass
class Run:
    """One stream run: what went in, what came out, how fast, and what it held in memory."""

    name: str
    articles: int
    seconds: float = 0.0
    stored: int = 0
    missing: int = 0
    unexpected: int = 0
    enriched_messages: int = 0
    enriched_duplicates: int = 0
    worker_rss_mb: float = 0.0
    broker_rss_mb: float = 0.0
    worker_cpu_s: float = 0.0
    spacy_cpu_s: float = 0.0
    broker_cpu_s: float = 0.0
    latency_enriched: dict[str, float] = field(default_factory=dict)
    latency_extracted_sent: dict[str, float] = field(default_factory=dict)
    latency_enriched_sent: dict[str, float] = field(default_factory=dict)
    latency_stored: dict[str, float] = field(default_factory=dict)
    latency_readable_to_stored: dict[str, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def _timed_rate(count: int, work: Any) -> float:
    start = time.perf_counter()
    work()
    return count / (time.perf_counter() - start)


def ceiling(texts: list[str], model: str, cores: int) -> tuple[float, float]:
    """Articles per second of bare spaCy: in one process, and in one process per core."""
    nlp = spacy.load(model)
    one = _timed_rate(len(texts), lambda: sum(1 for _ in nlp.pipe(texts, batch_size=16)))
    every = _timed_rate(len(texts), lambda: sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=cores)))
    return one, every


def offline(lines: list[bytes], model: str) -> tuple[float, dict[str, set[str]]]:
    """Articles per second of the extraction alone, and the event ids of each article."""
    extractor = load_extractor(model)
    ids: dict[str, set[str]] = {}

    def extract() -> None:
        for article, events in extractor.extract_many(parse_article(line) for line in lines):
            ids[article.id] = {e.event_id for e in events}
    return _timed_rate(len(lines), extract), ids


@contextmanager
def kafka(workdir: Path, broker_pid: int | None) -> Iterator[tuple[str, int | None]]:
    """A bootstrap address and the broker's pid when it runs here."""
    given = os.environ.get("DEMARCHE_KAFKA_BOOTSTRAP_SERVERS")
    if given:
        yield given, broker_pid
        return
    broker = LocalBroker(workdir / "kafka", free_port(), free_port(), libs=LocalBroker(Settings().broker_home).libs)
    status = broker.start(timeout=120)
    try:
        yield broker.bootstrap, status.pid
    finally:
        broker.stop()


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and all its children, in MB."""
    try:
        process = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [process, *process.children(recursive=True)]) / 2**20
    except psutil.NoSuchProcess:
        return 0.0


def _cpu_seconds(pid: int | None) -> float:
    return sum(psutil.Process(pid).cpu_times()[:2]) if pid else 0.0


class Workers:
    """`demarche worker` processes in one consumer group, optionally each limited to some cores."""

    def __init__(self, env: dict[str, str], logs: Path, cores: list[str | None]) -> None:
        self.logs = [logs / f"worker-{i}.log" for i in range(len(cores))]
        command = [sys.executable, "-m", "pipeline.cli.main", "worker"]
        self.processes = [  # workers on one machine need a port, a table directory and an alert log each
            subprocess.Popen((["taskset", "-c", c] if c else []) + command,
                             env=dict(env, DEMARCHE_WEB_PORT=str(free_port()),
                                      DEMARCHE_WORKER_DATA_DIR=str(logs / f"worker-{i}"),
                                      DEMARCHE_ALERT_LOG_PATH=str(logs / f"alerts-{i}.jsonl")),
                             stdout=open(log, "wb"), stderr=subprocess.STDOUT)
            for i, (c, log) in enumerate(zip(cores, self.logs))
        ]

    def wait_ready(self, timeout: float = 180.0) -> None:
        """Every worker recovered and the group settled; a worker that parses in a pool of spaCy
        processes also has them loaded (one that loads its model on the first article pays that
        inside the timed run)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for process, log in zip(self.processes, self.logs):
                if process.poll() is not None:
                    raise RuntimeError(f"a worker died:\n{log.read_text(errors='replace')[-3000:]}")
            texts = [log.read_text(errors="replace") for log in self.logs]
            pools_loading = any("spaCy processes" not in t for t in texts) and "parse_processes" in POOL_SETTINGS
            if all("Worker ready" in t for t in texts) and not pools_loading:
                time.sleep(3.0)
                return
            time.sleep(0.5)
        raise RuntimeError("the workers were not ready in time")

    def rss_mb(self) -> float:
        return sum(_rss_mb(p.pid) for p in self.processes)

    def cpu_seconds(self) -> tuple[float, float]:
        """CPU seconds used so far by the workers' own processes, and by their spaCy processes."""
        own = spacy_processes = 0.0
        for worker in self.processes:
            process = psutil.Process(worker.pid)
            own += sum(process.cpu_times()[:2])
            spacy_processes += sum(sum(c.cpu_times()[:2]) for c in process.children(recursive=True))
        return own, spacy_processes

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()


def _stored(database: Path) -> list[tuple[str, str, str]]:
    """(event id, article id, stored at) of every stored event."""
    if not database.exists():
        return []
    try:
        with sqlite3.connect(database) as connection:
            return connection.execute("SELECT event_id, article_id, stored_at FROM events").fetchall()
    except sqlite3.OperationalError:  # not migrated yet, or locked by a write
        return []


def _seconds(stored_at: str) -> float:
    from datetime import datetime, timezone
    moment = datetime.fromisoformat(stored_at)
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).timestamp()


def _events(bootstrap: str, topic: str) -> list[tuple[str, str, float]]:
    """(event id, article id, broker timestamp in seconds) of every message on the topic."""
    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                             enable_auto_commit=False, consumer_timeout_ms=3000,
                             isolation_level="read_committed")  # as consumers of the event topics read
    try:
        found = []
        for message in consumer:
            event = json.loads(message.value)
            found.append((event["event_id"], event["article_id"], message.timestamp / 1000))
        return found
    finally:
        consumer.close()


class Subscriber(threading.Thread):
    """Reads a topic from its start as a `read_committed` subscriber does, noting when each event id
    first became readable (an event sent in a transaction is readable once the transaction commits)."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        super().__init__(daemon=True)
        self.readable_at: dict[str, float] = {}
        self.stopping = threading.Event()
        self.consumer = KafkaConsumer(bootstrap_servers=bootstrap, isolation_level="read_committed",
                                      enable_auto_commit=False, fetch_max_wait_ms=20)  # polls 50 times a second
        partitions = [TopicPartition(topic, p) for p in sorted(self.consumer.partitions_for_topic(topic) or ())]
        self.consumer.assign(partitions)
        self.consumer.seek_to_beginning(*partitions)

    def run(self) -> None:
        try:
            while not self.stopping.is_set():
                for records in self.consumer.poll(timeout_ms=100).values():
                    now = time.time()
                    for record in records:
                        self.readable_at.setdefault(json.loads(record.value)["event_id"], now)
        finally:
            self.consumer.close()

    def stop(self) -> dict[str, float]:
        self.stopping.set()
        self.join(timeout=10)
        return self.readable_at


def _percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"p50": round(pick(0.50), 3), "p99": round(pick(0.99), 3), "max": round(ordered[-1], 3)}


def stream_run(name: str, lines: list[bytes], expected: set[str], bootstrap: str, broker_pid: int | None,
               workdir: Path, cores: list[str | None], rate: float | None = None, timeout: float = 900.0,
               worker_settings: dict[str, str] | None = None) -> Run:
    """Produce every article (as fast as possible, or at `rate` a second) and wait for every event.

    `worker_settings`: DEMARCHE_* variables for the workers, over the defaults."""
    prefix = f"bench{uuid.uuid4().hex[:8]}."
    home = workdir / prefix.rstrip(".")
    home.mkdir(parents=True)
    database = home / "events.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEMARCHE_")}
    env.update(DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=bootstrap, DEMARCHE_TOPIC_PREFIX=prefix,
               DEMARCHE_APP_ID=prefix.rstrip("."), DEMARCHE_DATABASE_URL=f"sqlite:///{database}")
    env.update(worker_settings or {})
    catalogue = TopicCatalogue(prefix, int(env.get("DEMARCHE_TOPIC_PARTITIONS", DEFAULT_PARTITIONS)))
    ensure_topics(bootstrap, catalogue.all())
    EventStore(env["DEMARCHE_DATABASE_URL"])  # migrated once: workers starting together would race
    workers = Workers(env, home, cores)
    run = Run(name, len(lines))
    subscriber: Subscriber | None = None
    try:
        workers.wait_ready()
        worker_cpu, spacy_cpu = workers.cpu_seconds()
        broker_cpu = _cpu_seconds(broker_pid)
        subscriber = Subscriber(bootstrap, catalogue.events_enriched.name) if rate else None
        if subscriber:
            subscriber.start()
        producer = make_producer(bootstrap)
        produced: dict[str, float] = {}
        start = time.time()
        for number, line in enumerate(lines):
            if rate:
                time.sleep(max(0.0, start + number / rate - time.time()))
            article_id = json.loads(line)["id"]
            produced[article_id] = time.time()
            producer.send(catalogue.articles_raw.name, key=article_id.encode(), value=line)
        producer.flush()
        producer.close()
        deadline = time.monotonic() + timeout
        rows = _stored(database)
        while len(rows) < len(expected) and time.monotonic() < deadline:
            run.worker_rss_mb = max(run.worker_rss_mb, workers.rss_mb())
            time.sleep(0.5)
            rows = _stored(database)
        time.sleep(2.0)  # anything more than expected would arrive now
        rows = _stored(database)
        run.broker_rss_mb = _rss_mb(broker_pid) if broker_pid else 0.0
        run.worker_rss_mb = max(run.worker_rss_mb, workers.rss_mb())
        worker_after, spacy_after = workers.cpu_seconds()
        run.worker_cpu_s, run.spacy_cpu_s = worker_after - worker_cpu, spacy_after - spacy_cpu
        run.broker_cpu_s = _cpu_seconds(broker_pid) - broker_cpu
    finally:
        workers.stop()
        readable_at = subscriber.stop() if subscriber else {}
    ids = {row[0] for row in rows}
    run.stored, run.missing, run.unexpected = len(ids), len(expected - ids), len(ids - expected)
    run.seconds = max((_seconds(r[2]) for r in rows), default=start) - start
    enriched = _events(bootstrap, catalogue.events_enriched.name)
    run.enriched_messages = len(enriched)
    run.enriched_duplicates = len(enriched) - len({e[0] for e in enriched})
    if rate:
        run.latency_stored = _percentiles([_seconds(at) - produced[article] for _e, article, at in rows])
        run.latency_extracted_sent = _percentiles([at - produced[article] for _e, article, at
                                                   in _events(bootstrap, catalogue.events_extracted.name)])
        run.latency_enriched_sent = _percentiles([at - produced[article] for _e, article, at in enriched])
        run.latency_enriched = _percentiles([readable_at[event] - produced[article]
                                             for event, article, _at in enriched if event in readable_at])
        if len(readable_at) < len(enriched):  # the percentiles would be of a part, without saying so
            print(f"{name}: the subscriber saw {len(readable_at)} of {len(enriched)} events", file=sys.stderr)
        run.latency_readable_to_stored = _percentiles([_seconds(at) - readable_at[event] for event, _a, at in rows
                                                   if event in readable_at])
    return run


def _row(figure: str, rate: float, ratio: str, note: str = "") -> str:
    return f"| {figure} | {rate:.2f} | {ratio} | {note} |"


def report(result: dict[str, Any]) -> str:
    one, limit = result["bare_one_process"], result["bare_all_cores"]
    runs = {r["name"]: r for r in result["runs"]}
    rate = lambda name: runs[name]["articles"] / runs[name]["seconds"] if runs[name]["seconds"] else 0.0  # noqa: E731
    exact = lambda name: ("exact" if not (runs[name]["missing"] or runs[name]["unexpected"])  # noqa: E731
                          else f"{runs[name]['missing']} missing, {runs[name]['unexpected']} unexpected")
    lines = [
        f"articles: {result['articles']} ({result['words_per_article']:.0f} words on average), "
        f"events offline: {result['offline_events']}, cores: {result['cores']}, load before: {result['load']}",
        "",
        "| figure | articles/s | ratio | stored events |",
        "|---|---|---|---|",
        _row("bare spaCy `nlp.pipe`, 1 process (the ceiling per core)", one, "1.00"),
        _row(f"bare spaCy `nlp.pipe`, {result['cores']} processes (the machine's limit)", limit, f"{limit / one:.2f}"),
        _row("`EventExtractor.extract_many` offline", result["offline"], f"{result['offline'] / one:.2f}"),
        _row("end to end, 1 worker, default settings", rate("one worker"),
             f"{rate('one worker') / limit:.2f} of the machine's limit", exact("one worker")),
        _row("end to end, 1 worker on 1 core", rate("one worker, one core"),
             f"{rate('one worker, one core') / one:.2f} of one core", exact("one worker, one core")),
        _row("end to end, 2 workers on 1 core each", rate("two workers, one core each"),
             f"{rate('two workers, one core each') / rate('one worker, one core'):.2f}x one such worker",
             exact("two workers, one core each")),
    ]
    latency = runs.get("half capacity")
    if latency:
        lines += [
            "",
            f"at half capacity ({result['half_capacity_rate']:.2f} articles/s, {latency['articles']} articles): "
            f"produce -> readable on `events.enriched` {latency['latency_enriched']}, produce -> stored {latency['latency_stored']}"
            f" ({exact('half capacity')}); produce -> sent to `events.extracted` {latency['latency_extracted_sent']}, "
            f"to `events.enriched` {latency['latency_enriched_sent']} (each before its transaction commits)",
        ]
    lines += [
        "duplicates on events.enriched: " + ", ".join(f"{n}: {r['enriched_duplicates']}" for n, r in runs.items()),
        "core-seconds per article (worker / its spaCy processes / broker): " + ", ".join(
            f"{n}: {r['worker_cpu_s'] / r['articles']:.3f} / {r['spacy_cpu_s'] / r['articles']:.3f} / "
            f"{r['broker_cpu_s'] / r['articles']:.3f}" for n, r in runs.items()),
        f"resident memory: worker with its spaCy processes {runs['one worker']['worker_rss_mb']:.0f} MB, "
        f"broker {runs['one worker']['broker_rss_mb']:.0f} MB",
    ]
    return "\n".join(lines)


def latency_only(sample: list[bytes], model: str, rate: float, broker_pid: int | None, keep: Path | None) -> None:
    """The latency phase alone: `sample` produced at `rate` articles a second to one default worker."""
    load = os.getloadavg()
    _rate, by_article = offline(sample, model)
    expected = set().union(*by_article.values())
    with _workdir(keep) as workdir, kafka(workdir, broker_pid) as (bootstrap, pid):
        run = stream_run("latency", sample, expected, bootstrap, pid, workdir, [None], rate=rate)
    exact = "exact" if not (run.missing or run.unexpected) else f"{run.missing} missing, {run.unexpected} unexpected"
    print(f"{len(sample)} articles at {rate:.2f}/s, {len(expected)} events ({exact}), load before {load}, "
          f"after {os.getloadavg()}:\nproduce -> readable on `events.enriched` {run.latency_enriched}\n"
          f"produce -> sent to `events.extracted` (before its transaction commits) {run.latency_extracted_sent}\n"
          f"produce -> sent to `events.enriched` (before its transaction commits) {run.latency_enriched_sent}\n"
          f"produce -> stored {run.latency_stored}\n"
          f"readable on `events.enriched` -> stored {run.latency_readable_to_stored}")


@contextmanager
def _workdir(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="demarche-bench-") as tmp:
        yield Path(tmp)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--latency-articles", type=int, default=60, help="articles produced at half capacity")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--broker-pid", type=int, help="with DEMARCHE_KAFKA_BOOTSTRAP_SERVERS: the broker's pid")
    parser.add_argument("--latency-only", type=float, metavar="RATE",
                        help="only the latency run, at RATE articles a second")
    parser.add_argument("--json", type=Path, default=Path("bench-e2e.json"))
    parser.add_argument("--workdir", type=Path, help="keep the runs' worker logs, databases and broker here")
    args = parser.parse_args()
    model = Settings().spacy_model
    corpus = list(articles(args.articles, args.seed))
    lines = [json.dumps(a).encode() for a in corpus]
    if args.latency_only:
        latency_only(lines[:args.latency_articles], model, args.latency_only, args.broker_pid, args.workdir)
        return
    cores = len(os.sched_getaffinity(0))
    result: dict[str, Any] = {
        "articles": len(corpus), "cores": cores, "load": os.getloadavg(),
        "words_per_article": sum(len(a["text"].split()) for a in corpus) / len(corpus),
    }
    print("bare spaCy ...", file=sys.stderr)
    result["bare_one_process"], result["bare_all_cores"] = ceiling([a["text"] for a in corpus], model, cores)
    print("offline extraction ...", file=sys.stderr)
    result["offline"], by_article = offline(lines, model)
    expected = set().union(*by_article.values())
    result["offline_events"] = len(expected)
    runs: list[Run] = []
    with _workdir(args.workdir) as workdir, kafka(workdir, args.broker_pid) as (bootstrap, broker_pid):
        cpus_here: list[str | None] = [str(c) for c in sorted(os.sched_getaffinity(0))]
        one_core = cpus_here[:2] * 2  # with one core, both workers share it
        plan: list[tuple[str, list[str | None]]] = [
            ("one worker", [None]), ("one worker, one core", one_core[:1]),
            ("two workers, one core each", one_core[:2])]
        for name, cpus in plan:
            print(f"{name} ...", file=sys.stderr)
            runs.append(stream_run(name, lines, expected, bootstrap, broker_pid, workdir, cpus))
        result["half_capacity_rate"] = runs[0].rate / 2
        print("half capacity ...", file=sys.stderr)
        sample = lines[:args.latency_articles]
        sample_ids = set().union(*(by_article[json.loads(line)["id"]] for line in sample))
        runs.append(stream_run("half capacity", sample, sample_ids, bootstrap, broker_pid, workdir, [None],
                               rate=result["half_capacity_rate"]))
    result["runs"] = [asdict(r) for r in runs]
    args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(report(result))
    print(f"\n(written to {args.json})")


if __name__ == "__main__":
    main()
