"""The event store: idempotent batch upserts of articles and enriched events, and the queries
behind `demarche events`, `stats` and `actors` (`reading.py`); one code path for SQLite and PostgreSQL."""

import json
import logging
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Callable, Iterable, Iterator

from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.engine import Engine, create_engine
from sqlalchemy.event import listen
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.schema import Table

from pipeline.models import Actor, ActorRecord, Article, EnrichedEvent
from pipeline.redaction import redact
from pipeline.storage.dialects import Dialect, in_utc, unicode_lower
from pipeline.storage.errors import StoreError
from pipeline.storage.migrate import upgrade
from pipeline.storage.queries import ActorQuery, EventQuery
from pipeline.storage.reading import StoredEvents
from pipeline.storage.repair import repair_row
from pipeline.storage.schema import articles, clusters, event_actors, events
from pipeline.storage.urls import database_url

__all__ = ["EventStore", "StoreError", "database_url"]

log = logging.getLogger(__name__)


def _codes(actors: Iterable[Actor]) -> str:
    return ",".join(sorted({a.country or a.code or a.name for a in actors}))


def _utc(moment: datetime | None) -> datetime | None:
    return in_utc(moment) if moment else None


def _day(event: EnrichedEvent) -> str:
    if event.date and len(event.date) == 10:
        return event.date
    return (event.published_at or event.first_seen).date().isoformat()


def event_row(event: EnrichedEvent, stored_at: datetime) -> dict[str, Any]:
    return {
        "event_id": event.event_id, "article_id": event.article_id, "event_type": event.event_type.value,
        "status": event.status.value, "event_date": event.date, "day": _day(event), "pair": event.pair,
        "source_codes": _codes(event.source), "target_codes": _codes(event.target),
        "cluster_id": event.cluster_id, "mentions": event.mentions, "cameo": event.codes.cameo,
        "goldstein": event.codes.goldstein, "confidence": event.confidence, "evidence": event.evidence.text,
        "published_at": _utc(event.published_at), "seen_at": in_utc(event.published_at or event.last_seen),
        # window counts describe the moment the event was enriched, not the event: left out, so
        # that a replay writes the same row
        "stored_at": in_utc(stored_at), "payload": event.model_copy(update={"windows": []}).model_dump_json(),
    }


def actor_rows(event: EnrichedEvent) -> list[dict[str, Any]]:
    return [
        {"event_id": event.event_id, "side": side, "position": position, "actor_id": actor.actor_id,
         "name": actor.name, "kind": actor.kind.value, "country": actor.country, "code": actor.code,
         "role": actor.role}
        for side, actors in (("source", event.source), ("target", event.target))
        for position, actor in enumerate(actors)
    ]


def cluster_row(event: EnrichedEvent) -> dict[str, Any]:
    return {"cluster_id": event.cluster_id, "event_type": event.event_type.value, "pair": event.pair,
            "event_date": event.date, "mentions": event.mentions, "sources": json.dumps(event.sources),
            "first_seen": in_utc(event.first_seen), "last_seen": in_utc(event.last_seen)}


def article_row(article: Article, stored_at: datetime) -> dict[str, Any]:
    return {"article_id": article.id, "url": article.url, "title": article.title, "source": article.source,
            "language": article.language, "published_at": _utc(article.published_at), "text": article.text,
            "stored_at": in_utc(stored_at)}


def _noted(row: dict[str, Any], notes: list[str], what: str) -> dict[str, Any]:
    if notes:
        log.warning("%s repaired to be stored: %s", what, "; ".join(notes))
    return dict(row, repairs="; ".join(notes) or None)


def _merged_cluster(excluded: Any) -> dict[str, Any]:
    """Cluster counts from two writers merge: the row with more mentions wins, whichever lands last.

    Reports of one cluster reach the store through different partitions (events.enriched is keyed
    by event id), so an older count can arrive after a newer one."""
    newer = excluded.mentions >= clusters.c.mentions
    return {
        "mentions": case((newer, excluded.mentions), else_=clusters.c.mentions),
        "sources": case((newer, excluded.sources), else_=clusters.c.sources),
        "event_date": case((newer, excluded.event_date), else_=clusters.c.event_date),
        "first_seen": case((excluded.first_seen < clusters.c.first_seen, excluded.first_seen),
                           else_=clusters.c.first_seen),
        "last_seen": case((excluded.last_seen > clusters.c.last_seen, excluded.last_seen),
                          else_=clusters.c.last_seen),
    }


class EventStore:
    """Writes and reads events; writing the same batch twice leaves the same rows."""

    def __init__(self, url: str) -> None:
        try:
            self.engine: Engine = create_engine(database_url(url), future=True)
            if self.engine.dialect.name == "sqlite":
                listen(self.engine, "connect", lambda connection, _record: unicode_lower(connection))
        except (ArgumentError, NoSuchModuleError, ValueError) as error:
            raise StoreError(redact(f"cannot use the database URL {url!r}: {error}", url)) from None
        try:
            upgrade(self.engine)
        except Exception as error:  # connection refused, bad credentials, unwritable file …
            raise StoreError(redact(f"cannot open the database {url!r}: {str(error).splitlines()[0]}", url)) from None

    def _upsert(self, table: Table, rows: list[dict[str, Any]], key: list[str],
                merge: Callable[[Any], dict[str, Any]] | None = None) -> Any:
        from sqlalchemy.dialects import postgresql, sqlite  # here: reading the store needs neither

        dialect = self.engine.dialect.name
        if dialect == "sqlite":
            statement: Any = sqlite.insert(table)
        elif dialect == "postgresql":
            statement = postgresql.insert(table)
        else:
            raise StoreError(f"unsupported database {dialect!r}: use sqlite:// or postgresql:// URLs")
        updated = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in key}
        if merge is not None:
            updated.update(merge(statement.excluded))
        # rows in key order, so that concurrent writers lock them in one order and never deadlock
        ordered = sorted(rows, key=lambda row: tuple(str(row[k]) for k in key))
        return statement.on_conflict_do_update(index_elements=key, set_=updated), ordered

    def upsert(self, batch: list[EnrichedEvent]) -> int:
        """Insert or update a batch of events, their actors and clusters in one transaction.

        Values the database would refuse (NUL characters, values longer than their column) are
        repaired first, and the row's `repairs` column says what was changed."""
        if not batch:
            return 0
        now = datetime.now(timezone.utc)
        latest = {e.event_id: e for e in batch}
        newest_clusters: dict[str, EnrichedEvent] = {}
        for event in batch:
            known = newest_clusters.get(event.cluster_id)
            if known is None or event.mentions >= known.mentions:
                newest_clusters[event.cluster_id] = event
        event_rows, actors = [], []
        for event in latest.values():
            row, notes = repair_row(events, event_row(event, now))
            for actor in actor_rows(event):
                repaired, actor_notes = repair_row(event_actors, actor)
                actors.append(repaired)
                notes += [f"{actor['side']} actor {actor['position']} {note}" for note in actor_notes]
            event_rows.append(_noted(row, notes, f"event {event.event_id}"))
        cluster_rows = [repair_row(clusters, cluster_row(e))[0] for e in newest_clusters.values()]
        with self.engine.begin() as connection:
            connection.execute(*self._upsert(events, event_rows, ["event_id"]))
            written = [row["event_id"] for row in event_rows]
            connection.execute(delete(event_actors).where(event_actors.c.event_id.in_(written)))
            if actors:
                connection.execute(insert(event_actors), actors)
            connection.execute(*self._upsert(clusters, cluster_rows, ["cluster_id"], merge=_merged_cluster))
        return len(latest)

    def upsert_articles(self, batch: list[Article]) -> int:
        if not batch:
            return 0
        now = datetime.now(timezone.utc)
        rows = []
        for article in {a.id: a for a in batch}.values():
            row, notes = repair_row(articles, article_row(article, now))
            rows.append(_noted(row, notes, f"article {article.id[:200]!r}"))
        with self.engine.begin() as connection:
            connection.execute(*self._upsert(articles, rows, ["article_id"]))
        return len(rows)

    def count(self, table: Table = events) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(table)).scalar_one())

    @contextmanager
    def _reads(self) -> Iterator[StoredEvents]:
        """The queries of `demarche events`, `stats` and `actors`, on one connection of the engine."""
        name = self.engine.dialect.name
        if name not in ("sqlite", "postgresql"):
            raise StoreError(f"unsupported database {name!r}: use sqlite:// or postgresql:// URLs")
        dialect: Dialect = "sqlite" if name == "sqlite" else "postgresql"
        with self.engine.connect() as connection:
            yield StoredEvents(lambda sql, params: connection.exec_driver_sql(sql, dict(params)).all(), dialect)

    def events(self, query: EventQuery | None = None, event_type: str | None = None,
               limit: int = 1000) -> list[EnrichedEvent]:
        with self._reads() as stored:
            return stored.events(query or EventQuery(event_type=event_type, limit=limit))

    def event(self, event_id: str) -> EnrichedEvent | None:
        """One event by id, or by a unique prefix of its id."""
        with self._reads() as stored:
            return stored.event(event_id)

    def cluster(self, cluster_id: str) -> dict[str, Any] | None:
        with self._reads() as stored:
            return stored.cluster(cluster_id)

    def counts_by_day(self, by: str, since: datetime | None = None) -> list[tuple[str, str, int, float]]:
        """(day, type or pair, events, mean Goldstein) rows, newest day first."""
        with self._reads() as stored:
            return stored.counts_by_day(by, since)

    def actors(self, query: ActorQuery | None = None) -> list[ActorRecord]:
        """The canonical actors of the stored events, the most reported first."""
        with self._reads() as stored:
            return stored.actors(query or ActorQuery())

    def close(self) -> None:
        self.engine.dispose()
