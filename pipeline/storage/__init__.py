"""Storage of enriched events in a SQL database: SQLite by default, PostgreSQL by URL."""

from pipeline.storage.events import EventStore

__all__ = ["EventStore"]
