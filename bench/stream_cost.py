"""CPU per article and per event of the streaming machinery: one worker on a backlog, nothing else.

    .venv/bin/python bench/stream_cost.py [--articles 60] [--json bench-stream-cost.json] [--set NAME=VALUE ...]
        [--broker-pid PID]

One run of `bench/e2e.py`'s "one worker" (same corpus, own topics and database, the stored event ids
checked against the offline run), plus the number of messages the run put on its topics. The
worker's own CPU seconds (its spaCy processes apart) are the cost of everything but the parse:
reading, enriching, sending, tables, storing. Compare CPU seconds rather than wall time on a shared
machine.
"""

import argparse
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kafka import KafkaConsumer, TopicPartition

sys.path.insert(0, str(Path(__file__).resolve().parent))
import e2e  # noqa: E402
from corpus import articles  # noqa: E402
from e2e import kafka, offline, stream_run  # noqa: E402

from pipeline.broker.local import free_port  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


class WorkersOnFreePorts(e2e.Workers):
    """Workers whose health and metrics pages do not take a port another worker on the machine has."""

    def __init__(self, env: dict[str, str], logs: Path, cores: list[str | None]) -> None:
        super().__init__({**env, "DEMARCHE_WEB_PORT": str(free_port())}, logs, cores)


def messages_on_topics(bootstrap: str, prefix: str) -> dict[str, int]:
    """Offsets used per topic of a run (end minus beginning, transaction markers included)."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        counts = {}
        for topic in sorted(t for t in consumer.topics() if t.startswith(prefix)):  # changelogs: "<app id>-..."
            partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
            ends, starts = consumer.end_offsets(partitions), consumer.beginning_offsets(partitions)
            counts[topic[len(prefix):].lstrip(".-")] = sum(ends[p] - starts[p] for p in partitions)
        return counts
    finally:
        consumer.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, default=Path("bench-stream-cost.json"))
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a worker setting, e.g. DEMARCHE_COMMIT_INTERVAL=1.0 (repeatable)")
    parser.add_argument("--broker-pid", type=int, help="with DEMARCHE_KAFKA_BOOTSTRAP_SERVERS: the broker's pid, "
                        "for its CPU seconds")
    args = parser.parse_args()
    worker_settings = {}
    for setting in args.set:
        name, equals, value = setting.partition("=")
        if not (equals and name.startswith("DEMARCHE_")):
            parser.error(f"--set takes DEMARCHE_NAME=VALUE, not {setting!r}")
        worker_settings[name] = value
    e2e.Workers = WorkersOnFreePorts  # type: ignore[misc]
    lines = [json.dumps(a).encode() for a in articles(args.articles, args.seed)]
    _rate, by_article = offline(lines, Settings().spacy_model)
    expected = set().union(*by_article.values())
    with tempfile.TemporaryDirectory(prefix="demarche-bench-") as tmp, kafka(Path(tmp), args.broker_pid) as (bootstrap, pid):
        run = stream_run("one worker", lines, expected, bootstrap, pid, Path(tmp), [None],
                         worker_settings=worker_settings)
        prefix = next(p.name for p in Path(tmp).iterdir() if p.name.startswith("bench"))
        topics = messages_on_topics(bootstrap, prefix)
    result: dict[str, Any] = {**asdict(run), "events": len(expected), "topics": topics, "settings": worker_settings}
    args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    events = max(len(expected), 1)
    print(f"{run.articles} articles, {len(expected)} events; stored {run.stored}, missing {run.missing}, "
          f"unexpected {run.unexpected}, duplicates on events.enriched {run.enriched_duplicates}")
    print(f"worker CPU {run.worker_cpu_s:.2f} s: {run.worker_cpu_s / run.articles * 1000:.1f} ms per article, "
          f"{run.worker_cpu_s / events * 1000:.2f} ms per event; spaCy processes {run.spacy_cpu_s:.2f} s; "
          f"broker {run.broker_cpu_s:.2f} s ({run.broker_cpu_s / events * 1000:.2f} ms per event)")
    print(f"offsets on the topics: {sum(topics.values())} ({sum(topics.values()) / events:.1f} per event): {topics}")


if __name__ == "__main__":
    main()
