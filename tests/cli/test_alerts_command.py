"""`demarche alerts`: the alert log with filters, as a user reads it."""

import subprocess
import time
import sys
from datetime import timedelta
from pathlib import Path

from tests.alerting.test_rules import NOW, sanction

from pipeline.alerting.log import AlertLog
from pipeline.alerting.rules import AlertRule, alerts_for
from pipeline.cli.alerts import parse_since
from pipeline.models import Severity


def write_log(path: Path) -> None:
    log = AlertLog(path)
    rules = [AlertRule(name="quiet", severity=Severity.INFO), AlertRule(name="loud", severity=Severity.CRITICAL)]
    for alert in alerts_for(sanction(), rules, NOW):
        log.append(alert)


def alerts(path: Path, *options: str) -> list[str]:
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "alerts", "--path", str(path), *options],
                         capture_output=True, text=True, check=True)
    return run.stdout.splitlines()


def test_alerts_are_shown_as_readable_lines(tmp_path: Path):
    write_log(tmp_path / "alerts.jsonl")
    lines = alerts(tmp_path / "alerts.jsonl")
    assert len(lines) == 2 and "ALERT [CRITICAL] loud: European Union took punitive measures" in lines[1]


def test_alerts_filter_by_severity_rule_country_and_time(tmp_path: Path):
    path = tmp_path / "alerts.jsonl"
    write_log(path)
    assert len(alerts(path, "--severity", "warning")) == 1
    assert len(alerts(path, "--rule", "quiet")) == 1
    assert len(alerts(path, "--country", "blr")) == 2
    assert alerts(path, "--country", "FRA") == []
    assert alerts(path, "--since", (NOW + timedelta(hours=1)).isoformat()) == []


def test_an_age_is_read_as_a_time_that_long_ago():
    assert parse_since("2h") < parse_since("1h")


def test_follow_prints_alerts_written_after_it_started(tmp_path: Path):
    path = tmp_path / "alerts.jsonl"
    write_log(path)
    follower = subprocess.Popen([sys.executable, "-m", "pipeline.cli.main", "alerts", "--path", str(path),
                                 "--follow", "--rule", "late"], stdout=subprocess.PIPE, text=True)
    try:
        time.sleep(3)
        AlertLog(path).append(alerts_for(sanction(), [AlertRule(name="late", severity=Severity.INFO)], NOW)[0])
        line = follower.stdout.readline() if follower.stdout else ""
    finally:
        follower.kill()
        follower.wait()
    assert "ALERT [INFO] late: European Union" in line


def test_a_missing_alert_log_is_said_and_exits_1(tmp_path: Path):
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "alerts", "--path", str(tmp_path / "none.jsonl")],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.strip() == f"demarche alerts: no alert log at {tmp_path / 'none.jsonl'}"
