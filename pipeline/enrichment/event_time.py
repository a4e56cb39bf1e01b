"""Event time: when an event counts in the windows, and which day it clusters by.

A report read today may be about last week. Windows count an event at its own date, else at its
article's publication, so replaying old news raises no spike "now"; an undated event clusters by the
day its article was published, so undated reports days apart are not taken for one event."""

from datetime import date, datetime, timezone

from pipeline.models import ExtractedEvent

__all__ = ["event_day", "count_time", "clustering_date", "publication_day"]


def event_day(value: str | None) -> date | None:
    """The day of a full ISO date ("2026-11-10"); None for a month, a year or no date."""
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def count_time(event: ExtractedEvent, seen_at: datetime) -> datetime:
    """The moment an event counts at in the tumbling windows.

    Its own day, at the time of day its article was published; an event dated after its publication
    (a plan) counts when it was published; no full date: the publication; no publication: `seen_at`."""
    published = (event.published_at or seen_at).astimezone(timezone.utc)
    day = event_day(event.date)
    if day is None or day >= published.date():
        return published
    return published.replace(year=day.year, month=day.month, day=day.day)


def publication_day(event: ExtractedEvent) -> str | None:
    """The day (UTC) the event's article was published, if it says."""
    return event.published_at.astimezone(timezone.utc).date().isoformat() if event.published_at else None


def clustering_date(event: ExtractedEvent) -> str | None:
    """The date an event clusters by: its own, else the day its article was published."""
    return event.date if event.date is not None else publication_day(event)
