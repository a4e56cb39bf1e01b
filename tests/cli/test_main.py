"""The `demarche` command itself: version, -b on every command, fast help, quiet broken pipes."""

import subprocess
import sys
from pathlib import Path

from pipeline.alerting.log import AlertLog
from pipeline.alerting.rules import AlertRule, alerts_for
from pipeline.cli.main import build_parser
from pipeline.models import Severity
from tests.alerting.test_rules import NOW, sanction

HEAVY = ("spacy", "faust", "sqlalchemy", "kafka", "feedparser", "pydantic")


def demarche(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli.main", *args], capture_output=True, text=True)


def test_version_prints_the_package_version():
    run = demarche("--version")
    assert run.returncode == 0 and run.stdout.startswith("demarche 0.")


def test_every_command_takes_a_bootstrap_server_before_or_after_its_name():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        words = {"events": [], "stats": [], "schemas": [], "demo": [], "worker": [], "alerts": [],
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


def test_events_imports_neither_spacy_nor_faust_nor_kafka(tmp_path: Path):
    probe = ("import sys\nfrom pipeline.cli.main import main\nmain(['events'])\n"
             "print([m for m in ('spacy', 'faust', 'kafka', 'alembic') if m in sys.modules], file=sys.stderr)")
    subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path)
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert run.stderr.strip() == "[]"  # alembic too, once the database is at the newest schema


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
