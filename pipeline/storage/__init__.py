"""Storage of enriched events in a SQL database: SQLite by default, PostgreSQL by URL."""

from pipeline.storage.events import EventStore, StoreError
from pipeline.storage.queries import EventQuery

__all__ = ["EventStore", "EventQuery", "StoreError"]
