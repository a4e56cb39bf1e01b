"""The reads behind `demarche events`, `stats` and `actors`, as SQL that SQLite and PostgreSQL both
take. The event store runs them through SQLAlchemy; the CLI runs them on the driver alone
(`pipeline.storage.direct`), so that it answers without loading SQLAlchemy."""

from datetime import datetime
from typing import Any, Callable, Mapping, Protocol, Sequence

from pipeline.models import ActorKind, ActorRecord, EnrichedEvent
from pipeline.storage.actor_registry import ActorTotal, SpellingCount, actor_records
from pipeline.storage.dialects import Dialect, placeholder, stored_time, time_parameter
from pipeline.storage.queries import ActorQuery, EventQuery

__all__ = ["Execute", "EventReads", "StoredEvents"]

# runs one statement with named parameters in the driver's placeholder style and returns its rows
Execute = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]
CLUSTER_COLUMNS = ("cluster_id", "event_type", "pair", "event_date", "mentions", "sources", "first_seen", "last_seen")


class EventReads(Protocol):
    """What `demarche events`, `stats` and `actors` ask of a store: StoredEvents and the EventStore both answer."""

    def events(self, query: EventQuery) -> list[EnrichedEvent]: ...

    def event(self, event_id: str) -> EnrichedEvent | None: ...

    def cluster(self, cluster_id: str) -> dict[str, Any] | None: ...

    def counts_by_day(self, by: str, since: datetime | None = None) -> list[tuple[str, str, int, float]]: ...

    def actors(self, query: ActorQuery) -> list[ActorRecord]: ...


class StoredEvents:
    """Queries over the stored events, run by `execute` on a database of `dialect`."""

    def __init__(self, execute: Execute, dialect: Dialect) -> None:
        self.execute, self.dialect = execute, dialect

    def _param(self, name: str) -> str:
        return placeholder(self.dialect, name)

    def events(self, query: EventQuery) -> list[EnrichedEvent]:
        return [EnrichedEvent.model_validate_json(row[0]) for row in self.execute(*query.sql(self.dialect))]

    def event(self, event_id: str) -> EnrichedEvent | None:
        """One event by id, or by a unique prefix of its id."""
        rows = self.execute(f"SELECT payload FROM events WHERE event_id LIKE {self._param('prefix')} LIMIT 2",
                            {"prefix": f"{event_id}%"})
        return EnrichedEvent.model_validate_json(rows[0][0]) if len(rows) == 1 else None

    def cluster(self, cluster_id: str) -> dict[str, Any] | None:
        rows = self.execute(f"SELECT {', '.join(CLUSTER_COLUMNS)} FROM clusters "
                            f"WHERE cluster_id = {self._param('cluster_id')}", {"cluster_id": cluster_id})
        if not rows:
            return None
        cluster = dict(zip(CLUSTER_COLUMNS, rows[0]))
        for column in ("first_seen", "last_seen"):
            cluster[column] = stored_time(self.dialect, cluster[column])
        return cluster

    def counts_by_day(self, by: str, since: datetime | None = None) -> list[tuple[str, str, int, float]]:
        """(day, type or pair, events, mean Goldstein) rows, newest day first."""
        column = "event_type" if by == "type" else "pair"
        where, params = "", {}
        if since is not None:
            where, params = f" WHERE seen_at >= {self._param('since')}", {"since": time_parameter(self.dialect, since)}
        rows = self.execute(f"SELECT day, {column}, count(*), avg(goldstein) FROM events{where} "
                            f"GROUP BY day, {column} ORDER BY day DESC, count(*) DESC", params)
        return [(day, key, int(n), float(mean)) for day, key, n, mean in rows]

    def actors(self, query: ActorQuery) -> list[ActorRecord]:
        """The canonical actors of the stored events, the most reported first (then by id)."""
        conditions, params = query.conditions(self.dialect)
        where = " AND ".join(conditions)
        totals = [ActorTotal(actor_id, ActorKind(kind), int(n), stored_time(self.dialect, first),
                             stored_time(self.dialect, last)) for actor_id, kind, n, first, last in self.execute(
            "SELECT a.actor_id, min(a.kind), count(DISTINCT a.event_id), min(events.seen_at), max(events.seen_at) "
            f"FROM event_actors a JOIN events ON events.event_id = a.event_id WHERE {where} GROUP BY a.actor_id "
            f"ORDER BY count(DISTINCT a.event_id) DESC, a.actor_id LIMIT {self._param('limit')}",
            {**params, "limit": query.limit})]
        if not totals:
            return []
        ids = {f"id_{number}": total.actor_id for number, total in enumerate(totals)}
        picked = ", ".join(self._param(name) for name in ids)
        spellings = (SpellingCount(actor_id, name, code, int(n)) for actor_id, name, code, n in self.execute(
            "SELECT a.actor_id, a.name, coalesce(a.country, a.code), count(DISTINCT a.event_id) FROM event_actors a "
            f"WHERE a.actor_id IN ({picked}) GROUP BY a.actor_id, a.name, coalesce(a.country, a.code)", ids))
        return actor_records(totals, spellings)
