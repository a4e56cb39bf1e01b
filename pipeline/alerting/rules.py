"""Alert rules: loaded and checked from a TOML file, matched against enriched events."""

import hashlib
import tomllib
from datetime import datetime
from pathlib import Path

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.data import data_path
from pipeline.models import Actor, ActorKind, Alert, EnrichedEvent, EventStatus, EventType, Severity, WindowStats

__all__ = ["AlertRule", "RuleFileError", "load_rules", "alerts_for", "describe_event"]

DEFAULT_STATUSES = [EventStatus.OCCURRED, EventStatus.PLANNED, EventStatus.ONGOING]
VERB_PHRASES = {  # (with a target, without one)
    EventType.MEET: ("met", "held a meeting"),
    EventType.ANNOUNCE: ("made an announcement involving", "made an announcement"),
    EventType.AGREE: ("reached an agreement with", "reached an agreement"),
    EventType.SUPPORT: ("expressed support for", "expressed support"),
    EventType.REQUEST: ("made a demand of", "made a demand"),
    EventType.CONDEMN: ("condemned", "issued a condemnation"),
    EventType.REJECT: ("rejected", "issued a rejection"),
    EventType.THREATEN: ("threatened", "issued a threat"),
    EventType.SANCTION: ("took punitive measures against", "took punitive measures"),
}


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message names the file, the rule and the problem."""


class AlertRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    severity: Severity
    event_types: list[EventType] = Field(default_factory=lambda: list(EventType))
    countries: list[str] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    persons: list[str] = Field(default_factory=list)
    max_goldstein: float | None = None
    min_goldstein: float | None = None
    statuses: list[EventStatus] = Field(default_factory=lambda: list(DEFAULT_STATUSES))
    first_report_only: bool = True
    kind: Literal["event", "spike", "escalation"] = "event"
    window: Literal["hour", "day"] = "day"
    threshold: int | None = Field(default=None, ge=2, description="spike: events of one type in a window")
    drop: float | None = Field(default=None, gt=0, description="escalation: fall of the mean Goldstein score")

    @model_validator(mode="after")
    def kind_has_its_parameters(self) -> "AlertRule":
        if self.kind == "spike" and self.threshold is None:
            raise ValueError("a spike rule needs a threshold (events of one type in one window)")
        if self.kind == "escalation" and self.drop is None:
            raise ValueError("an escalation rule needs a drop (of the mean Goldstein score)")
        if self.kind == "event" and (self.threshold is not None or self.drop is not None):
            raise ValueError("threshold and drop belong to spike and escalation rules; set kind")
        return self

    @field_validator("countries")
    @classmethod
    def countries_are_iso3(cls, values: list[str]) -> list[str]:
        bad = [v for v in values if len(v) != 3 or not v.isalpha() or not v.isupper()]
        if bad:
            raise ValueError(f"not ISO 3166-1 alpha-3 codes: {', '.join(bad)}")
        return values

    def matches(self, event: EnrichedEvent) -> bool:
        """Whether the event passes every filter of the rule (the kind's own test comes after)."""
        actors = event.source + event.target
        if event.event_type not in self.event_types or event.status not in self.statuses:
            return False
        if self.kind == "event" and self.first_report_only and not event.first_report:
            return False
        if self.countries and not {a.country for a in actors} & set(self.countries):
            return False
        if self.organisations and not {a.code for a in actors} & set(self.organisations):
            return False
        if self.persons and not {a.name for a in actors} & set(self.persons):
            return False
        if self.max_goldstein is not None and event.codes.goldstein > self.max_goldstein:
            return False
        if self.min_goldstein is not None and event.codes.goldstein < self.min_goldstein:
            return False
        return True


def load_rules(path: Path | None = None) -> list[AlertRule]:
    """Rules from `path`, or the shipped defaults; RuleFileError on anything wrong."""
    path = path or data_path("alert_rules.toml")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise RuleFileError(f"{path}: cannot read the rule file: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise RuleFileError(f"{path}: not valid TOML: {error}") from None
    unknown = set(raw) - {"rule"}
    if unknown:
        raise RuleFileError(f"{path}: unknown top-level keys {sorted(unknown)}; rules go in [[rule]] tables")
    rules: list[AlertRule] = []
    for index, entry in enumerate(raw.get("rule", []), start=1):
        label = f"rule {index}" + (f" ({entry['name']!r})" if isinstance(entry.get("name"), str) else "")
        try:
            rule = AlertRule.model_validate(entry)
        except ValidationError as error:
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
            raise RuleFileError(f"{path}: {label}: {problems}") from None
        if any(r.name == rule.name for r in rules):
            raise RuleFileError(f"{path}: {label}: the name {rule.name!r} is used by an earlier rule")
        rules.append(rule)
    if not rules:
        raise RuleFileError(f"{path}: no [[rule]] tables found")
    return rules


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _names(actors: list[Actor]) -> str:
    return _join([a.name for a in actors])


def describe_event(event: EnrichedEvent) -> str:
    """One plain sentence: who did what to whom, how sure, and how many sources said so."""
    who = _names(event.source)
    whom = _names(event.target)
    status = "" if event.status is EventStatus.OCCURRED else f" ({event.status.value})"
    sources = f"{len(event.sources)} source" + ("s" if len(event.sources) != 1 else "")
    evidence = event.evidence.text if len(event.evidence.text) <= 160 else event.evidence.text[:157] + "..."
    with_target, without_target = VERB_PHRASES[event.event_type]
    action = f"{with_target} {whom}" if whom else without_target
    return f"{who} {action}{status}: “{evidence}” ({sources})"


def _alert_id(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def _window(event: EnrichedEvent, name: str) -> WindowStats | None:
    return next((w for w in event.windows if w.window == name), None)


def _sides(event: EnrichedEvent) -> str:
    """The states and organisations involved, by name (a person stands for their state's code)."""
    names: dict[str, str] = {}
    for actor in event.source + event.target:
        key = actor.country or actor.code
        if key and key not in names:
            names[key] = key if actor.kind is ActorKind.PERSON else actor.name
    return _join(list(names.values()))


def _spike(rule: AlertRule, event: EnrichedEvent, now: datetime) -> Alert | None:
    stats = _window(event, rule.window)
    if stats is None or rule.threshold is None or stats.type_count < rule.threshold:
        return None
    message = (f"{stats.type_count} {event.event_type.value} events between {_sides(event)} in the {rule.window} "
               f"from {stats.start:%Y-%m-%d %H:%M} UTC; latest: {describe_event(event)}")
    return Alert(alert_id=_alert_id(rule.name, event.pair, event.event_type.value, stats.start.isoformat()),
                 rule=rule.name, severity=rule.severity, message=message, event_id=event.event_id,
                 cluster_id=event.cluster_id, raised_at=now, event=event)


def _escalation(rule: AlertRule, event: EnrichedEvent, now: datetime) -> Alert | None:
    stats = _window(event, rule.window)
    if stats is None or rule.drop is None or stats.previous_goldstein_mean is None:
        return None
    if stats.goldstein_mean > stats.previous_goldstein_mean - rule.drop:
        return None
    message = (f"Relations between {_sides(event)} are worsening: mean Goldstein score "
               f"{stats.previous_goldstein_mean:+.1f} in the previous {rule.window}, "
               f"{stats.goldstein_mean:+.1f} in this one; latest: {describe_event(event)}")
    return Alert(alert_id=_alert_id(rule.name, event.pair, stats.start.isoformat()),
                 rule=rule.name, severity=rule.severity, message=message, event_id=event.event_id,
                 cluster_id=event.cluster_id, raised_at=now, event=event)


def alerts_for(event: EnrichedEvent, rules: list[AlertRule], now: datetime) -> list[Alert]:
    """Alerts for every rule the event sets off. An alert's id is fixed by what it is about:
    rule and cluster for event rules, rule, pair and window for spikes and escalations."""
    alerts = []
    for rule in rules:
        if not rule.matches(event):
            continue
        if rule.kind == "spike":
            alert = _spike(rule, event, now)
        elif rule.kind == "escalation":
            alert = _escalation(rule, event, now)
        else:
            alert = Alert(alert_id=_alert_id(rule.name, event.cluster_id), rule=rule.name,
                          severity=rule.severity, message=describe_event(event), event_id=event.event_id,
                          cluster_id=event.cluster_id, raised_at=now, event=event)
        if alert is not None:
            alerts.append(alert)
    return alerts
