"""`demarche events` and `stats` before anything was stored, and `events show`."""

import os
import subprocess
import sys
from pathlib import Path


def test_events_and_stats_without_a_database_say_so_and_create_none(tmp_path: Path):
    for command in (["events"], ["events", "--format", "jsonl"], ["stats"]):
        run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", *command], capture_output=True, text=True,
                             cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        assert run.stderr == (f"demarche {command[0]}: no database at {tmp_path / 'demarche.db'}: nothing stored yet "
                              "(DEMARCHE_DATABASE_URL says where the worker stores events)\n")
        assert "SANCTION" not in run.stdout
    assert list(tmp_path.iterdir()) == []


def test_showing_an_event_without_a_database_fails(tmp_path: Path):
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "events", "show", "e1"], capture_output=True,
                         text=True, cwd=tmp_path)
    assert run.returncode == 1 and "no database at" in run.stderr


def test_showing_an_event_counts_the_reports_of_its_cluster(tmp_path: Path):
    from pipeline.storage import EventStore
    from tests.alerting.test_rules import sanction

    url = f"sqlite:///{tmp_path / 'events.db'}"
    EventStore(url).upsert([sanction().model_copy(update={"mentions": 1, "sources": ["Minsk Herald"]})])
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "events", "show", "e1"], capture_output=True,
                         text=True, cwd=tmp_path, env=dict(os.environ, DEMARCHE_DATABASE_URL=url))
    assert run.returncode == 0, run.stderr
    assert "cluster c1: 1 report from Minsk Herald; first seen 2026-03-12 00:00" in run.stdout
