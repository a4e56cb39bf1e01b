"""The reads behind `demarche events`, `stats` and `actors`, as SQL that SQLite and PostgreSQL both
take. The event store runs them through SQLAlchemy; the CLI runs them on the driver alone
(`pipeline.storage.direct`), so that it answers without loading SQLAlchemy."""

from datetime import datetime
from typing import Any, Callable, Mapping, Protocol, Sequence

from pipeline.models import EnrichedEvent
from pipeline.storage.actor_registry import ActorQuery, ActorRecord, SpellingCount, actor_records
from pipeline.storage.dialects import Dialect, placeholder, stored_time, time_parameter
from pipeline.storage.queries import EventQuery

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
        """The canonical actors of the stored events, the most reported first."""
        rows = self.execute(*query.sql(self.dialect))
        counts = (SpellingCount(actor_id, name, kind, code, int(n), stored_time(self.dialect, first),
                                stored_time(self.dialect, last)) for actor_id, name, kind, code, n, first, last in rows)
        return actor_records(counts)[:query.limit]
