import json
from pathlib import Path

from tests.alerting.test_rules import NOW, sanction

from pipeline.alerting.log import AlertLog, AlertTail, console_line, log_files, read_alerts
from pipeline.alerting.rules import AlertRule, alerts_for
from pipeline.models import Severity


def test_an_alert_is_written_once_even_across_restarts(tmp_path: Path):
    alert = alerts_for(sanction(), [AlertRule(name="s", severity=Severity.CRITICAL)], NOW)[0]
    path = tmp_path / "alerts.jsonl"
    assert AlertLog(path).append(alert)
    assert not AlertLog(path).append(alert)
    assert [json.loads(line)["alert_id"] for line in path.read_text().splitlines()] == [alert.alert_id]


def test_the_console_line_shows_severity_rule_and_message():
    alert = alerts_for(sanction(), [AlertRule(name="s", severity=Severity.CRITICAL)], NOW)[0]
    assert console_line(alert).startswith("ALERT [CRITICAL] s: European Union")


def test_the_log_rotates_by_size_and_still_writes_each_alert_once(tmp_path: Path):
    path = tmp_path / "alerts.jsonl"
    rules = [AlertRule(name=f"r{n}", severity=Severity.INFO) for n in range(6)]
    alerts = alerts_for(sanction(), rules, NOW)
    log = AlertLog(path, max_bytes=len(alerts[0].model_dump_json()) + 100, backups=3)
    assert all(log.append(alert) for alert in alerts)
    assert [p.name for p in log_files(path)] == ["alerts.jsonl.3", "alerts.jsonl.2", "alerts.jsonl.1", "alerts.jsonl"]
    assert [a.rule for a in read_alerts(path)] == ["r2", "r3", "r4", "r5"]
    assert not AlertLog(path, backups=3).append(alerts[5])


def test_a_tail_reads_each_new_alert_once_across_a_rotation(tmp_path: Path):
    path = tmp_path / "alerts.jsonl"
    rules = [AlertRule(name=f"r{n}", severity=Severity.INFO) for n in range(4)]
    alerts = alerts_for(sanction(), rules, NOW)
    log = AlertLog(path, max_bytes=len(alerts[0].model_dump_json()) * 2 + 100, backups=3)
    tail = AlertTail(path)
    log.append(alerts[0])
    assert [a.rule for a in tail.new_alerts()] == ["r0"]
    for alert in alerts[1:]:
        log.append(alert)
    assert [a.rule for a in tail.new_alerts()] == ["r1", "r2", "r3"]
    assert tail.new_alerts() == []


def test_console_lines_are_logged_at_their_alerts_severity():
    import logging

    from pipeline.alerting.log import severity_level
    from pipeline.models import Severity

    assert [severity_level(s) for s in (Severity.INFO, Severity.WARNING, Severity.CRITICAL)] == [
        logging.INFO, logging.WARNING, logging.CRITICAL]
