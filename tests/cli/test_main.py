"""The `demarche` command itself: version, -b on every command, fast help, quiet broken pipes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.alerting.log import AlertLog
from pipeline.alerting.rules import AlertRule, alerts_for
from pipeline.cli.main import build_parser
from pipeline.models import Severity
from pipeline.storage import EventStore
from tests.alerting.test_rules import NOW, sanction
from tests.conftest import fresh_postgres_schema_url
from tests.storage.test_events_store import meeting

HEAVY = ("spacy", "faust", "sqlalchemy", "kafka", "feedparser", "pydantic")
READING_NEEDS_NONE_OF = ("spacy", "faust", "kafka", "feedparser", "sqlalchemy", "alembic", "pydantic_settings")


def demarche(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli.main", *args], capture_output=True, text=True)


def test_version_prints_the_package_version():
    run = demarche("--version")
    assert run.returncode == 0 and run.stdout.startswith("demarche 0.")


def test_every_command_takes_a_bootstrap_server_before_or_after_its_name():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        words = {"events": [], "actors": [], "stats": [], "schemas": [], "demo": [], "worker": [], "alerts": [],
                 "broker": ["status"], "topics": ["list"], "consume": ["alerts"], "produce": ["-"], "extract": ["-"]}
        after = parser.parse_args([name, *words[name], "-b", "kafka-1:9092"])
        before = parser.parse_args(["--bootstrap-server", "kafka-2:9092", name, *words[name]])
        assert (after.bootstrap_server, before.bootstrap_server) == ("kafka-1:9092", "kafka-2:9092"), name


def test_the_bootstrap_server_option_is_the_one_used():
    run = demarche("-b", "127.0.0.1:1", "broker", "status")
    assert run.returncode == 0 and "DEMARCHE_KAFKA_BOOTSTRAP_SERVERS is set (127.0.0.1:1)" in run.stdout


def test_help_imports_none_of_the_heavy_libraries():
    probe = ("import sys\nfrom pipeline.cli.main import build_parser\nbuild_parser().format_help()\n"
             f"print([m for m in {HEAVY!r} if m in sys.modules])")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def only_the_database_url(url: str) -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if not name.startswith("DEMARCHE_")} | {
        "DEMARCHE_DATABASE_URL": url}


@pytest.fixture(params=["sqlite", "postgresql", "no database"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "no database":
        return f"sqlite:///{tmp_path / 'nothing-yet.db'}"
    url = f"sqlite:///{tmp_path / 'events.db'}" if request.param == "sqlite" else fresh_postgres_schema_url()
    EventStore(url).upsert([sanction(), meeting()])
    return url


@pytest.mark.parametrize("command", [["events"], ["events", "show", "e1"], ["events", "--format", "csv"], ["stats"],
                                     ["actors", "--format", "jsonl"]])
def test_reading_stored_events_loads_no_sqlalchemy_alembic_pydantic_settings_spacy_faust_or_kafka(database_url: str, command: list[str],
                                                                                tmp_path: Path):
    probe = ("import sys\nfrom pipeline.cli.main import main\nmain(sys.argv[1:])\n"
             f"print('loaded', [m for m in {READING_NEEDS_NONE_OF!r} if m in sys.modules], file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True,
                         cwd=tmp_path, env=only_the_database_url(database_url))
    assert run.stderr.splitlines()[-1] == "loaded []"
    assert any(word in run.stdout for word in ("e1", "SANCTION", "state:KOR")) != database_url.endswith("nothing-yet.db")


def test_reading_events_with_other_settings_set_checks_them_all(tmp_path: Path):
    env = dict(os.environ, DEMARCHE_TOPIC_PARTITION="3")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "events"], capture_output=True, text=True,
                         cwd=tmp_path, env=env)
    assert run.returncode == 0
    assert run.stderr.startswith("demarche: warning: DEMARCHE_TOPIC_PARTITION is not a setting and is ignored "
                                 "(did you mean DEMARCHE_TOPIC_PARTITIONS?)\n")
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "stats"], capture_output=True, text=True,
                         cwd=tmp_path, env=dict(os.environ, DEMARCHE_TOPIC_PARTITIONS="0"))
    assert run.returncode == 2 and run.stderr.startswith("demarche stats: bad settings: DEMARCHE_TOPIC_PARTITIONS")


def test_a_broken_pipe_ends_quietly(tmp_path: Path):
    log = AlertLog(tmp_path / "alerts.jsonl")
    for number in range(3000):
        log.append(alerts_for(sanction(), [AlertRule(name=f"rule-{number}", severity=Severity.INFO)], NOW)[0])
    run = subprocess.run(f"{sys.executable} -m pipeline.cli.main alerts --path {tmp_path / 'alerts.jsonl'} | head -1",
                         shell=True, capture_output=True, text=True)
    assert run.stdout.count("\n") == 1 and run.stderr == ""


def test_an_unknown_database_url_still_reads_as_one_line(tmp_path: Path):
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "stats"], capture_output=True, text=True,
                         env={"DEMARCHE_DATABASE_URL": "nosuchdb://x", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert run.returncode == 2 and run.stderr.startswith("demarche stats: cannot use the database URL")
    assert run.stderr.count("\n") == 1
