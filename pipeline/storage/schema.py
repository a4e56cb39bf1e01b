"""The tables: articles, events, the actors of each event, and clusters of reports."""

from sqlalchemy import Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

__all__ = ["metadata", "articles", "events", "event_actors", "clusters"]

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("article_id", String(128), primary_key=True),
    Column("url", Text),
    Column("title", Text),
    Column("source", String(256), index=True),
    Column("language", String(16)),
    Column("published_at", DateTime(timezone=True), index=True),
    Column("text", Text, nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False),
    Column("repairs", Text),  # what was changed so that the database would take the row
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("article_id", String(128), nullable=False, index=True),
    Column("event_type", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("event_date", String(10)),
    Column("day", String(10), nullable=False),
    Column("pair", String(256), nullable=False),
    Column("source_codes", String(256), nullable=False),
    Column("target_codes", String(256), nullable=False),
    Column("cluster_id", String(64), nullable=False, index=True),
    Column("mentions", Integer, nullable=False),
    Column("cameo", String(8), nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("published_at", DateTime(timezone=True)),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False),
    Column("payload", Text, nullable=False),
    Column("repairs", Text),
    Index("ix_events_type_seen", "event_type", "seen_at"),
    Index("ix_events_pair_seen", "pair", "seen_at"),
    Index("ix_events_day", "day"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(64), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("side", String(8), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("actor_id", String(256), index=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", String(3), index=True),
    Column("code", String(32), index=True),
    Column("role", Text),
)

clusters = Table(
    "clusters",
    metadata,
    Column("cluster_id", String(64), primary_key=True),
    Column("event_type", String(16), nullable=False),
    Column("pair", String(256), nullable=False, index=True),
    Column("event_date", String(10)),
    Column("mentions", Integer, nullable=False),
    Column("sources", Text, nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
)
