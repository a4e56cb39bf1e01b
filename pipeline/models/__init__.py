"""The data contracts of every topic: articles, actors, events, alerts, dead letters."""

from pipeline.models.actors import Actor, ActorKind, ActorRecord
from pipeline.models.alerts import Alert, Severity
from pipeline.models.articles import Article
from pipeline.models.deadletters import DeadLetter
from pipeline.models.events import (
    Codes,
    EnrichedEvent,
    EventStatus,
    EventType,
    Evidence,
    ExtractedEvent,
    Location,
    WindowStats,
)

__all__ = [
    "Actor",
    "ActorKind",
    "ActorRecord",
    "Alert",
    "Article",
    "Codes",
    "DeadLetter",
    "EnrichedEvent",
    "EventStatus",
    "EventType",
    "Evidence",
    "ExtractedEvent",
    "Location",
    "Severity",
    "WindowStats",
]
