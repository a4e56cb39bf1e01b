"""Alert rules: loaded and checked from a TOML file, matched against enriched events."""

import hashlib
import tomllib
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.data import data_path
from pipeline.models import Actor, Alert, EnrichedEvent, EventStatus, EventType, Severity

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

    @field_validator("countries")
    @classmethod
    def countries_are_iso3(cls, values: list[str]) -> list[str]:
        bad = [v for v in values if len(v) != 3 or not v.isalpha() or not v.isupper()]
        if bad:
            raise ValueError(f"not ISO 3166-1 alpha-3 codes: {', '.join(bad)}")
        return values

    def matches(self, event: EnrichedEvent) -> bool:
        actors = event.source + event.target
        if event.event_type not in self.event_types or event.status not in self.statuses:
            return False
        if self.first_report_only and not event.first_report:
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


def _names(actors: list[Actor]) -> str:
    names = [a.name for a in actors]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


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


def alerts_for(event: EnrichedEvent, rules: list[AlertRule], now: datetime) -> list[Alert]:
    """Alerts for every rule the event matches; an alert's id is fixed by its rule and cluster."""
    return [
        Alert(
            alert_id=hashlib.sha256(f"{rule.name}|{event.cluster_id}".encode()).hexdigest()[:20],
            rule=rule.name, severity=rule.severity, message=describe_event(event),
            event_id=event.event_id, cluster_id=event.cluster_id, raised_at=now, event=event,
        )
        for rule in rules
        if rule.matches(event)
    ]
