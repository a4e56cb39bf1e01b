import subprocess
import sys
from pathlib import Path

from tests.alerting.test_rules import sanction

from pipeline.models import Actor, ActorKind
from pipeline.storage import EventStore


def test_the_events_table_and_show_print_forged_text_escaped(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'events.db'}"
    event = sanction().model_copy(update={
        "event_id": "f0rged0000",
        "evidence": sanction().evidence.model_copy(update={"text": "Sanctions.\nf0rged0001 2026-01-01 MEET \x1b[8m"}),
        "source": [Actor(name="European\rUnion", kind=ActorKind.ORGANISATION, code="EU")],
    })
    EventStore(url).upsert([event])
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DEMARCHE_DATABASE_URL": url}
    for command in (["events"], ["events", "show", "f0rged0000"]):
        run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", *command], capture_output=True, text=True,
                             env=env, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        assert "\x1b" not in run.stdout and "\r" not in run.stdout
        assert "Sanctions.\\nf0rged0001 2026-01-01 MEET \\x1b[8m" in run.stdout
        assert not any(line.startswith("f0rged0001") for line in run.stdout.splitlines())


def test_a_wrong_database_password_is_masked(tmp_path: Path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "DEMARCHE_DATABASE_URL": "postgresql://demarche:hunter2-secret@127.0.0.1:1/demarche"}
    for command in (["events"], ["stats"]):
        run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", *command], capture_output=True, text=True,
                             env=env, cwd=tmp_path)
        assert run.returncode == 2
        assert "hunter2" not in run.stdout + run.stderr
        assert "postgresql://demarche:***@127.0.0.1:1/demarche" in run.stderr
