"""Alerts for people to watch, raised when an event matches an alert rule."""

from datetime import datetime
from enum import StrEnum

from pipeline.models.base import Contract
from pipeline.models.events import EnrichedEvent

__all__ = ["Alert", "Severity"]


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


class Alert(Contract):
    alert_id: str
    rule: str
    severity: Severity
    message: str
    event_id: str
    cluster_id: str
    raised_at: datetime
    event: EnrichedEvent
