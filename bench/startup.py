"""How long `demarche --help`, `demarche events`, `stats` and `actors` take to start and answer.

    .venv/bin/python bench/startup.py [--runs 9] [--events 200] [--postgres URL]

Each command runs `--runs` times as a new process, as a user would run it, against a SQLite
database holding `--events` stored events, against no database at all, and with `--postgres`
also against a new schema of that PostgreSQL database. Printed: the median wall time and the
median CPU time (user + system) of the process. CPU time counts only this command's own work, so
it is the number to compare on a machine shared with other work; the load average is printed
with it. The goal is under 0.5 s wall for `--help` and `events`.
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack, contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from pipeline.models import EnrichedEvent

GOAL = 0.5


def sample_events(count: int) -> list["EnrichedEvent"]:
    """`count` stored-looking events: reprimands and visits between a few states, over 30 days."""
    from pipeline.models import Actor, ActorKind, Codes, EnrichedEvent, EventStatus, EventType, Evidence

    states = [("Norway", "NOR"), ("Chile", "CHL"), ("Kenya", "KEN"), ("Vietnam", "VNM"), ("Canada", "CAN")]
    start = datetime(2026, 10, 1, 9, tzinfo=timezone.utc)
    found = []
    for number in range(count):
        (source, source_code), (target, target_code) = states[number % 5], states[(number + 2) % 5]
        visit = number % 3 == 0
        text = (f"The foreign minister of {source} visited {target} on a two-day trip." if visit
                else f"{source} summoned the ambassador of {target} over remarks made at a summit.")
        seen = start + timedelta(hours=7 * number)
        found.append(EnrichedEvent(
            event_id=f"bench-{number:05d}", article_id=f"article-{number:05d}",
            event_type=EventType.MEET if visit else EventType.CONDEMN,
            source=[Actor(name=source, kind=ActorKind.STATE, country=source_code)],
            target=[Actor(name=target, kind=ActorKind.STATE, country=target_code)],
            trigger="visited" if visit else "summoned", evidence=Evidence(text=text, start=0, end=len(text)),
            status=EventStatus.OCCURRED, confidence=0.8,
            codes=Codes(cameo="042" if visit else "111", cameo_name="Make a visit" if visit else "Criticize or denounce",
                        goldstein=1.9 if visit else -2.0, quad_class=1 if visit else 3),
            pair="+".join(sorted((source_code, target_code))), cluster_id=f"cluster-{number:05d}", mentions=1,
            sources=["bench"], first_seen=seen, last_seen=seen, published_at=seen, first_report=True,
        ))
    return found


def store(url: str, count: int) -> None:
    from pipeline.storage import EventStore

    events = EventStore(url)
    events.upsert(sample_events(count))
    events.close()


@contextmanager
def postgres_schema(url: str) -> Iterator[str]:
    """A new, empty schema of the PostgreSQL database at `url`, as a URL whose search path it is;
    dropped afterwards."""
    import psycopg

    from pipeline.storage.urls import libpq_url

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(libpq_url(url) or url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
        try:
            yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
        finally:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")


def timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of the command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def demarche_command() -> list[str]:
    """The installed `demarche` script next to this Python, as a user runs it."""
    script = Path(sys.executable).with_name("demarche")
    return [str(script)] if script.exists() else [sys.executable, "-m", "pipeline.cli.main"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--events", type=int, default=200, help="events stored in the database")
    parser.add_argument("--postgres", metavar="URL", help="also time against a new schema of this database")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="demarche-startup-"))
    with ExitStack() as cleanup:
        cleanup.callback(shutil.rmtree, work, ignore_errors=True)
        databases = {"sqlite": f"sqlite:///{work / 'events.db'}"}
        if args.postgres:
            databases["postgresql"] = cleanup.enter_context(postgres_schema(args.postgres))
        for url in databases.values():
            store(url, args.events)
        empty = work / "empty"
        empty.mkdir()
        environment = {name: value for name, value in os.environ.items() if not name.startswith("DEMARCHE_")}
        cases: list[tuple[str, list[str], str | None]] = [("demarche --help", ["--help"], None)]
        for name, url in databases.items():
            cases += [(f"demarche events ({name}, {args.events} events)", ["events"], url),
                      (f"demarche events show ID ({name})", ["events", "show", "bench-00007"], url),
                      (f"demarche stats ({name})", ["stats"], url),
                      (f"demarche actors ({name})", ["actors"], url)]
        cases.append(("demarche events (no database)", ["events"], None))
        print(f"{'command':44} {'wall':>7} {'cpu':>7}   median of {args.runs} runs; "
              f"load average {os.getloadavg()[0]:.2f}")
        for label, words, url in cases:
            env = dict(environment, **({"DEMARCHE_DATABASE_URL": url} if url else {}))
            runs = [timed(demarche_command() + words, env, empty) for _ in range(args.runs)]
            wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
            goal = "" if label.startswith(("demarche events show", "demarche stats")) else (
                "  under 0.5 s" if wall < GOAL else "  OVER 0.5 s")
            print(f"{label:44} {wall:6.3f}s {cpu:6.3f}s{goal}")
        print(f"load average at the end {os.getloadavg()[0]:.2f}")
        assert not any(empty.iterdir()), "a read-only command created a file"


if __name__ == "__main__":
    main()
