import json
from pathlib import Path

from tests.alerting.test_rules import NOW, sanction

from pipeline.alerting.log import AlertLog, console_line
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
