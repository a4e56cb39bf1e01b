"""Extracted and enriched diplomatic events."""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from pipeline.models.actors import Actor
from pipeline.models.base import Contract

__all__ = [
    "Codes",
    "EnrichedEvent",
    "EventStatus",
    "EventType",
    "Evidence",
    "ExtractedEvent",
    "Location",
    "WindowStats",
]


class EventType(StrEnum):
    MEET = "MEET"
    ANNOUNCE = "ANNOUNCE"
    AGREE = "AGREE"
    SUPPORT = "SUPPORT"
    REQUEST = "REQUEST"
    CONDEMN = "CONDEMN"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    SANCTION = "SANCTION"


class EventStatus(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    ONGOING = "ongoing"
    REFUSED = "refused"


class Evidence(BaseModel):
    """The sentence an event was read from, with offsets into the article text (end exclusive)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Location(BaseModel):
    name: str
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")


class Codes(BaseModel):
    """Standard codes: CAMEO, PLOVER, the Goldstein score and the quad class."""

    cameo: str
    cameo_name: str
    plover: str | None = None
    plover_mode: str | None = None
    goldstein: float
    quad_class: int = Field(ge=1, le=4)


class ExtractedEvent(Contract):
    """One diplomatic event read from one article."""

    event_id: str
    article_id: str
    event_type: EventType
    source: list[Actor]
    target: list[Actor]
    trigger: str
    evidence: Evidence
    date: str | None = Field(
        default=None,
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="ISO 8601, partial when only the month or year is known",
    )
    location: Location | None = None
    status: EventStatus
    confidence: float = Field(ge=0.0, le=1.0)
    codes: Codes
    published_at: datetime | None = None
    article_source: str | None = None


class WindowStats(BaseModel):
    """Counts and mean Goldstein score of one pair of actors in one tumbling window."""

    window: str = Field(description="hour or day")
    start: datetime
    type_count: int = Field(description="events of this event's type between the pair")
    total_count: int = Field(description="events of any type between the pair")
    goldstein_mean: float
    previous_goldstein_mean: float | None = Field(description="in the window before, if it had events")


class EnrichedEvent(ExtractedEvent):
    """An extracted event placed among the reports of the same real-world event."""

    pair: str = Field(description="the states and organisations involved, sorted: 'IRN+RUS'")
    windows: list[WindowStats] = Field(default_factory=list)
    cluster_id: str
    mentions: int = Field(ge=1, description="reports of this cluster seen so far")
    sources: list[str] = Field(description="distinct outlets or articles that reported it")
    first_seen: datetime
    last_seen: datetime
    first_report: bool
