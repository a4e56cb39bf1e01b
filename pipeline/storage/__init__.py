"""Storage of enriched events in a SQL database: SQLite by default, PostgreSQL by URL."""

from typing import TYPE_CHECKING, Any

from pipeline.storage.errors import StoreError
from pipeline.storage.queries import EventQuery

if TYPE_CHECKING:
    from pipeline.storage.events import EventStore

__all__ = ["EventStore", "EventQuery", "StoreError"]


def __getattr__(name: str) -> Any:
    """EventStore is loaded when first asked for, with SQLAlchemy: commands that only read never load it."""
    if name == "EventStore":
        from pipeline.storage.events import EventStore

        return EventStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
