"""The actor registry: each canonical actor with every spelling it was reported under, read from the
stored events (one row per actor id, spelling and country, summed here)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from pipeline.storage.dialects import Dialect, placeholder

__all__ = ["ActorQuery", "ActorRecord", "SpellingCount", "actor_records"]


class ActorRecord(BaseModel):
    """One canonical actor: what `demarche actors` prints a line of."""

    actor_id: str
    name: str = Field(description="the spelling used most often (the longest on ties)")
    kind: str
    variants: dict[str, int] = Field(default_factory=dict, description="events per spelling")
    countries: list[str] = Field(default_factory=list, description="country or organisation codes given to it")
    events: int = Field(default=0, description="stored events that name it")
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class SpellingCount:
    """The stored events that name one actor id under one spelling and one code."""

    actor_id: str
    name: str
    kind: str
    code: str | None  # its country, else its organisation code
    events: int
    first_seen: datetime
    last_seen: datetime


def actor_records(counts: Iterable[SpellingCount]) -> list[ActorRecord]:
    """One record per actor id, the most reported first (then by name)."""
    records: dict[str, ActorRecord] = {}
    for count in counts:
        record = records.get(count.actor_id)
        if record is None:
            record = records[count.actor_id] = ActorRecord(
                actor_id=count.actor_id, name=count.name, kind=count.kind,
                first_seen=count.first_seen, last_seen=count.last_seen)
        record.variants[count.name] = record.variants.get(count.name, 0) + count.events
        record.events += count.events
        if count.code and count.code not in record.countries:
            record.countries.append(count.code)
        record.first_seen, record.last_seen = min(record.first_seen, count.first_seen), max(record.last_seen, count.last_seen)
    for record in records.values():
        record.name = max(record.variants.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]
        record.countries.sort()
    return sorted(records.values(), key=lambda r: (-r.events, r.name, r.actor_id))


@dataclass(frozen=True)
class ActorQuery:
    """Which actors to list; a filter left empty matches every actor."""

    name: str | None = None  # part of any of its spellings, or its actor id
    country: str | None = None  # an ISO3 country or organisation code it was given
    limit: int = 50

    def sql(self, dialect: Dialect) -> tuple[str, dict[str, Any]]:
        """Rows of actor id, spelling, kind, code, events, first and last seen, for `actor_records`.

        A filter picks actor ids, and every spelling of an id it picks is counted."""
        params: dict[str, Any] = {}
        conditions = ["a.actor_id IS NOT NULL"]
        if self.name:
            params.update(pattern=f"%{self.name.lower()}%", actor_id=self.name)
            conditions.append("a.actor_id IN (SELECT actor_id FROM event_actors WHERE lower(name) LIKE "
                              f"{placeholder(dialect, 'pattern')} OR actor_id = {placeholder(dialect, 'actor_id')})")
        if self.country:
            params["code"] = self.country.upper()
            code = placeholder(dialect, "code")
            conditions.append(f"a.actor_id IN (SELECT actor_id FROM event_actors WHERE country = {code} OR code = {code})")
        return (f"SELECT a.actor_id, a.name, a.kind, coalesce(a.country, a.code), count(DISTINCT a.event_id), "
                f"min(events.seen_at), max(events.seen_at) FROM event_actors a JOIN events ON events.event_id = a.event_id "
                f"WHERE {' AND '.join(conditions)} GROUP BY a.actor_id, a.name, a.kind, coalesce(a.country, a.code)"), params
