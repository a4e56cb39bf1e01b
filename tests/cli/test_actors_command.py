"""`demarche actors` lists the actor registry of the stored events."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.storage.test_events_store import meeting

from pipeline.models import Actor, ActorKind
from pipeline.storage import EventStore


def actors(tmp_path: Path, *words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli.main", "actors", *words], capture_output=True,
                          text=True, cwd=tmp_path, env=dict(os.environ, DEMARCHE_DATABASE_URL=f"sqlite:///{tmp_path / 'events.db'}"))


def test_the_table_gives_each_actor_with_its_other_spellings_and_jsonl_one_object_per_actor(tmp_path: Path):
    renamed = meeting("m2", 11).model_copy(update={"source": [
        Actor(name="K. Morita", kind=ActorKind.PERSON, country="JPN", actor_id="person:JPN:k.mrt")]})
    EventStore(f"sqlite:///{tmp_path / 'events.db'}").upsert([meeting("m1", 10), meeting("m3", 12), renamed])
    table = actors(tmp_path, "morita")
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[1:] == [
        "person:JPN:k.mrt                 Kenji Morita                 JPN            3  2026-03-10 12:00  2026-03-12 12:00",
        "                                 also: K. Morita (1)"]
    lines = actors(tmp_path, "--code", "KOR", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["actor_id"] for line in lines] == ["state:KOR"]


def test_a_limit_below_one_is_refused(tmp_path: Path):
    run = actors(tmp_path, "--limit", "0")
    assert run.returncode == 2 and "--limit takes a number of actors" in run.stderr
