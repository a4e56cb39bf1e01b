from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline.alerting.rules import AlertRule, RuleFileError, alerts_for, describe_event, load_rules
from pipeline.models import (Actor, ActorKind, Codes, EnrichedEvent, EventStatus, EventType, Evidence, Severity,
                             WindowStats)

NOW = datetime(2026, 3, 12, tzinfo=timezone.utc)


def window(type_count: int = 1, mean: float = -8.0, previous: float | None = None) -> WindowStats:
    return WindowStats(window="day", start=NOW, type_count=type_count, total_count=type_count,
                       goldstein_mean=mean, previous_goldstein_mean=previous)


def sanction(first_report: bool = True, windows: list[WindowStats] | None = None) -> EnrichedEvent:
    return EnrichedEvent(
        event_id="e1", article_id="a1", event_type=EventType.SANCTION,
        source=[Actor(name="European Union", kind=ActorKind.ORGANISATION, code="EU")],
        target=[Actor(name="Belarus", kind=ActorKind.STATE, country="BLR")],
        trigger="sanctions", evidence=Evidence(text="The EU imposed sanctions on Belarus.", start=0, end=36),
        status=EventStatus.OCCURRED, confidence=0.9,
        codes=Codes(cameo="163", cameo_name="Impose embargo, boycott, or sanctions", goldstein=-8.0, quad_class=4),
        pair="BLR+EU", windows=windows or [], cluster_id="c1", mentions=3, sources=["A", "B", "C"], first_seen=NOW, last_seen=NOW,
        first_report=first_report,
    )


def test_the_shipped_rules_load():
    assert {r.name for r in load_rules()} >= {"sanctions", "threats"}


def test_a_matching_rule_raises_an_alert_with_a_plain_message():
    alerts = alerts_for(sanction(), [AlertRule(name="s", severity=Severity.CRITICAL, event_types=[EventType.SANCTION])], NOW)
    assert len(alerts) == 1
    assert alerts[0].message.startswith("European Union took punitive measures against Belarus")
    assert alerts[0].message.endswith("(3 sources)")


def test_a_later_report_does_not_alert_again():
    rule = AlertRule(name="s", severity=Severity.INFO)
    assert alerts_for(sanction(first_report=False), [rule], NOW) == []


def test_the_alert_id_is_fixed_by_rule_and_cluster():
    rule = AlertRule(name="s", severity=Severity.INFO)
    assert alerts_for(sanction(), [rule], NOW)[0].alert_id == alerts_for(sanction(), [rule], NOW)[0].alert_id


@pytest.mark.parametrize("field, value, matches", [
    ("countries", ["BLR"], True),
    ("countries", ["FRA"], False),
    ("organisations", ["EU"], True),
    ("max_goldstein", -5.0, True),
    ("min_goldstein", 0.0, False),
    ("event_types", [EventType.MEET], False),
])
def test_rule_fields_narrow_what_matches(field: str, value: object, matches: bool):
    rule = AlertRule.model_validate({"name": "r", "severity": "info", field: value})
    assert rule.matches(sanction()) is matches


def test_a_bad_rule_file_names_the_file_the_rule_and_the_problem(tmp_path: Path):
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nname = "ok"\nseverity = "info"\n\n[[rule]]\nname = "broken"\nseverity = "loud"\n')
    with pytest.raises(RuleFileError) as error:
        load_rules(path)
    message = str(error.value)
    assert str(path) in message and "rule 2 ('broken')" in message and "severity" in message


def test_a_rule_file_that_is_not_toml_is_refused(tmp_path: Path):
    path = tmp_path / "rules.toml"
    path.write_text("[[rule]\n")
    with pytest.raises(RuleFileError, match="not valid TOML"):
        load_rules(path)


def test_an_event_is_described_in_one_sentence():
    assert describe_event(sanction()).startswith("European Union took punitive measures against Belarus: “The EU")


def test_a_spike_rule_fires_at_its_threshold_and_not_before():
    rule = AlertRule(name="spike", severity=Severity.WARNING, kind="spike", threshold=3, window="day")
    assert alerts_for(sanction(windows=[window(type_count=2)]), [rule], NOW) == []
    [alert] = alerts_for(sanction(windows=[window(type_count=3)]), [rule], NOW)
    assert alert.message.startswith("3 SANCTION events between European Union and Belarus in the day")


def test_a_spike_alert_id_is_fixed_by_pair_type_and_window():
    rule = AlertRule(name="spike", severity=Severity.WARNING, kind="spike", threshold=3)
    three = alerts_for(sanction(windows=[window(type_count=3)]), [rule], NOW)[0]
    four = alerts_for(sanction(windows=[window(type_count=4)]), [rule], NOW)[0]
    assert three.alert_id == four.alert_id


def test_an_escalation_rule_fires_when_the_mean_falls_by_the_drop():
    rule = AlertRule(name="worse", severity=Severity.CRITICAL, kind="escalation", drop=3.0)
    assert alerts_for(sanction(windows=[window(mean=-2.0, previous=1.0)]), [rule], NOW)
    assert alerts_for(sanction(windows=[window(mean=-1.0, previous=1.0)]), [rule], NOW) == []
    assert alerts_for(sanction(windows=[window(mean=-9.0, previous=None)]), [rule], NOW) == []


def test_a_spike_rule_without_a_threshold_is_refused(tmp_path: Path):
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nname = "s"\nseverity = "info"\nkind = "spike"\n')
    with pytest.raises(RuleFileError, match="rule 1 \\('s'\\).*needs a threshold"):
        load_rules(path)
