"""What a user asks of the stored events: filters, turned into SQL."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, exists, or_, select

from pipeline.storage.schema import event_actors, events

__all__ = ["EventQuery"]


@dataclass(frozen=True)
class EventQuery:
    """Filters over stored events; every field left empty matches everything."""

    event_type: str | None = None
    country: str | None = None  # an ISO3 country or organisation code on either side
    actor: str | None = None  # part of an actor's name, or an actor id
    dyad: tuple[str, str] | None = None  # both codes involved, in either direction
    status: str | None = None
    since: datetime | None = None  # publication time of the report
    until: datetime | None = None
    text: str | None = None  # words in the evidence sentence
    limit: int = 100

    def statement(self) -> Select[Any]:
        query = select(events.c.payload).order_by(events.c.seen_at.desc(), events.c.event_id).limit(self.limit)
        conditions = []
        if self.event_type:
            conditions.append(events.c.event_type == self.event_type.upper())
        if self.status:
            conditions.append(events.c.status == self.status.lower())
        if self.country:
            conditions.append(_involves(self.country.upper()))
        if self.dyad:
            conditions.extend(_involves(code.upper()) for code in self.dyad)
        if self.actor:
            pattern = f"%{self.actor.lower()}%"
            conditions.append(exists().where(and_(
                event_actors.c.event_id == events.c.event_id,
                or_(event_actors.c.name.ilike(pattern), event_actors.c.actor_id == self.actor),
            )))
        if self.since:
            conditions.append(events.c.seen_at >= self.since)
        if self.until:
            conditions.append(events.c.seen_at < self.until)
        if self.text:
            conditions.append(events.c.evidence.ilike(f"%{self.text}%"))
        return query.where(and_(*conditions)) if conditions else query


def _involves(code: str):  # type: ignore[no-untyped-def]
    return exists().where(and_(
        event_actors.c.event_id == events.c.event_id,
        or_(event_actors.c.country == code, event_actors.c.code == code),
    ))
