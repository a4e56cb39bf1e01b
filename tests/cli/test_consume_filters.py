import json

from tests.alerting.test_rules import NOW, sanction

from pipeline.alerting.rules import AlertRule, alerts_for
from pipeline.cli.consume import message_matches
from pipeline.cli.formatting import format_message
from pipeline.models import Severity


def test_filters_read_events_and_the_events_of_alerts():
    event = sanction().model_dump_json().encode()
    alert = alerts_for(sanction(), [AlertRule(name="s", severity=Severity.INFO)], NOW)[0].model_dump_json().encode()
    assert message_matches(event, "sanction", "BLR") and message_matches(alert, "SANCTION", None)
    assert not message_matches(event, "MEET", None) and not message_matches(alert, None, "FRA")
    assert message_matches(b"not json", None, None) and not message_matches(b"not json", "MEET", None)


def test_pretty_format_shows_events_and_alerts_as_lines():
    assert format_message(sanction().model_dump_json().encode()).startswith("SANCTION  European Union (EU) -> Belarus (BLR)")
    assert format_message(json.dumps({"a": 1}).encode()) == '{\n  "a": 1\n}'
