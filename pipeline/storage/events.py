"""The events table and idempotent batch upserts keyed by event id, one code path for every database."""

from datetime import datetime, timezone
from typing import Any, Iterable

from sqlalchemy import (Column, DateTime, Float, Integer, MetaData, String, Table, Text, create_engine,
                        func, select)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from pipeline.models import EnrichedEvent

__all__ = ["EventStore", "events_table", "metadata"]

metadata = MetaData()

events_table = Table(
    "events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("article_id", String(128), nullable=False, index=True),
    Column("event_type", String(16), nullable=False, index=True),
    Column("status", String(16), nullable=False),
    Column("event_date", String(10), index=True),
    Column("source_countries", String(256), nullable=False),
    Column("target_countries", String(256), nullable=False),
    Column("cluster_id", String(64), nullable=False, index=True),
    Column("mentions", Integer, nullable=False),
    Column("cameo", String(8), nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("published_at", DateTime(timezone=True)),
    Column("stored_at", DateTime(timezone=True), nullable=False),
    Column("payload", Text, nullable=False),
)


def database_url(url: str) -> str:
    """Plain postgresql:// URLs use the psycopg 3 driver that demarche installs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _codes(actors: Iterable[Any]) -> str:
    return ",".join(sorted({a.country or a.code or a.name for a in actors}))


def row_of(event: EnrichedEvent, stored_at: datetime) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "event_type": event.event_type.value,
        "status": event.status.value,
        "event_date": event.date,
        "source_countries": _codes(event.source),
        "target_countries": _codes(event.target),
        "cluster_id": event.cluster_id,
        "mentions": event.mentions,
        "cameo": event.codes.cameo,
        "goldstein": event.codes.goldstein,
        "confidence": event.confidence,
        "evidence": event.evidence.text,
        "published_at": event.published_at,
        "stored_at": stored_at,
        "payload": event.model_dump_json(),
    }


class EventStore:
    """Writes and reads enriched events; writing the same event twice leaves one row."""

    def __init__(self, url: str) -> None:
        self.engine: Engine = create_engine(database_url(url), future=True)
        metadata.create_all(self.engine)

    def upsert(self, events: list[EnrichedEvent]) -> int:
        """Insert or update a batch in one transaction; returns the number of events written."""
        if not events:
            return 0
        now = datetime.now(timezone.utc)
        rows = list({row["event_id"]: row for row in (row_of(e, now) for e in events)}.values())
        statement = self._upsert_statement()
        with self.engine.begin() as connection:
            connection.execute(statement, rows)
        return len(rows)

    def _upsert_statement(self) -> sqlite.Insert | postgresql.Insert:
        """INSERT ... ON CONFLICT (event_id) DO UPDATE, in the dialect of the database."""
        dialect = self.engine.dialect.name
        if dialect == "sqlite":
            statement: sqlite.Insert | postgresql.Insert = sqlite.insert(events_table)
        elif dialect == "postgresql":
            statement = postgresql.insert(events_table)
        else:
            raise ValueError(f"unsupported database {dialect!r}: use sqlite:// or postgresql:// URLs")
        updated = {c.name: statement.excluded[c.name] for c in events_table.columns if c.name != "event_id"}
        return statement.on_conflict_do_update(index_elements=["event_id"], set_=updated)

    def count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(events_table)).scalar_one())

    def events(self, event_type: str | None = None, limit: int = 1000) -> list[EnrichedEvent]:
        query = select(events_table.c.payload).order_by(events_table.c.stored_at).limit(limit)
        if event_type:
            query = query.where(events_table.c.event_type == event_type)
        with self.engine.connect() as connection:
            return [EnrichedEvent.model_validate_json(p) for (p,) in connection.execute(query)]

    def close(self) -> None:
        self.engine.dispose()
