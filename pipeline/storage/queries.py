"""What a user asks of the stored events: filters, turned into SQL that SQLite and PostgreSQL both read."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pipeline.storage.dialects import Dialect, placeholder, time_parameter

__all__ = ["EventQuery"]

# an actor of the event matches; `{}` is the condition on the actor row `a`
ACTOR_EXISTS = "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = events.event_id AND ({}))"


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

    def sql(self, dialect: Dialect) -> tuple[str, dict[str, Any]]:
        """The payloads of the matching events, newest first, and the query's parameters."""
        params: dict[str, Any] = {}

        def bind(name: str, value: Any) -> str:
            params[name] = value
            return placeholder(dialect, name)

        conditions = []
        if self.event_type:
            conditions.append(f"events.event_type = {bind('event_type', self.event_type.upper())}")
        if self.status:
            conditions.append(f"events.status = {bind('status', self.status.lower())}")
        codes = ([self.country] if self.country else []) + list(self.dyad or ())
        for number, code in enumerate(codes):
            value = bind(f"code_{number}", code.upper())
            conditions.append(ACTOR_EXISTS.format(f"a.country = {value} OR a.code = {value}"))
        if self.actor:
            pattern, actor_id = bind("actor_pattern", f"%{self.actor.lower()}%"), bind("actor_id", self.actor)
            conditions.append(ACTOR_EXISTS.format(f"lower(a.name) LIKE lower({pattern}) OR a.actor_id = {actor_id}"))
        if self.since:
            conditions.append(f"events.seen_at >= {bind('since', time_parameter(dialect, self.since))}")
        if self.until:
            conditions.append(f"events.seen_at < {bind('until', time_parameter(dialect, self.until))}")
        if self.text:
            conditions.append(f"lower(events.evidence) LIKE lower({bind('text', f'%{self.text}%')})")
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        return (f"SELECT events.payload FROM events{where} "
                f"ORDER BY events.seen_at DESC, events.event_id LIMIT {bind('limit', self.limit)}"), params
