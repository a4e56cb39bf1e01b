"""What a user asks of the stored events: filters, turned into SQL that SQLite and PostgreSQL both read."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pipeline.storage.dialects import Dialect, placeholder, time_parameter

__all__ = ["ActorQuery", "EventQuery", "contains_pattern"]

# an actor of the event matches; `{}` is the condition on the actor row `a`
ACTOR_EXISTS = "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = events.event_id AND ({}))"
# `{column}` holds the words of `{pattern}` (from `contains_pattern`), in any case
CONTAINS = "lower({column}) LIKE lower({pattern}) ESCAPE '\\'"


def _coded_as(code: str, row: str = "") -> str:
    """An actor row (`row`: its alias and a dot, or nothing) whose country or organisation code is `code`."""
    return f"{row}country = {code} OR {row}code = {code}"


def _named_or_id(pattern: str, actor_id: str, row: str = "") -> str:
    """An actor row whose name holds `pattern`'s words, or whose id is `actor_id`."""
    return f"{CONTAINS.format(column=f'{row}name', pattern=pattern)} OR {row}actor_id = {actor_id}"


def contains_pattern(words: str) -> str:
    """A LIKE pattern for text that contains `words` as typed: `%` and `_` in them are not wildcards."""
    return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


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
            conditions.append(ACTOR_EXISTS.format(_coded_as(value, "a.")))
        if self.actor:
            pattern, actor_id = bind("actor_pattern", contains_pattern(self.actor)), bind("actor_id", self.actor)
            conditions.append(ACTOR_EXISTS.format(_named_or_id(pattern, actor_id, "a.")))
        if self.since:
            conditions.append(f"events.seen_at >= {bind('since', time_parameter(dialect, self.since))}")
        if self.until:
            conditions.append(f"events.seen_at < {bind('until', time_parameter(dialect, self.until))}")
        if self.text:
            conditions.append(CONTAINS.format(column="events.evidence", pattern=bind("text", contains_pattern(self.text))))
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        return (f"SELECT events.payload FROM events{where} "
                f"ORDER BY events.seen_at DESC, events.event_id LIMIT {bind('limit', self.limit)}"), params


@dataclass(frozen=True)
class ActorQuery:
    """Which actors `demarche actors` lists; a filter left empty matches every actor."""

    name: str | None = None  # part of any of its spellings, or its actor id
    code: str | None = None  # an ISO3 country or organisation code it was given
    limit: int = 50

    def conditions(self, dialect: Dialect) -> tuple[list[str], dict[str, Any]]:
        """Conditions on the actor row `a` that pick actor ids (every spelling of an id picked counts)."""
        params: dict[str, Any] = {}
        conditions = ["a.actor_id IS NOT NULL"]
        picked = "a.actor_id IN (SELECT actor_id FROM event_actors WHERE {})"
        if self.name:
            params.update(pattern=contains_pattern(self.name), actor_id=self.name)
            conditions.append(picked.format(_named_or_id(placeholder(dialect, "pattern"),
                                                         placeholder(dialect, "actor_id"))))
        if self.code:
            params["code"] = self.code.upper()
            conditions.append(picked.format(_coded_as(placeholder(dialect, "code"))))
        return conditions, params
