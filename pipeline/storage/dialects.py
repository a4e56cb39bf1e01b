"""What differs between SQLite and PostgreSQL when SQL is run on their drivers directly:
placeholders, and times, which SQLite keeps as text in the form SQLAlchemy writes."""

from datetime import datetime
from typing import Literal

__all__ = ["Dialect", "placeholder", "time_parameter", "stored_time"]

Dialect = Literal["sqlite", "postgresql"]


def placeholder(dialect: Dialect, name: str) -> str:
    """`:name` for sqlite3, `%(name)s` for psycopg."""
    return f":{name}" if dialect == "sqlite" else f"%({name})s"


def time_parameter(dialect: Dialect, moment: datetime) -> datetime | str:
    """A time to compare with a stored one. SQLAlchemy writes SQLite's DateTime columns as
    'YYYY-MM-DD HH:MM:SS.ffffff', without the offset, and compares them as text."""
    if dialect == "postgresql":
        return moment
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
            f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}")


def stored_time(dialect: Dialect, value: datetime | str) -> datetime:
    """A stored time as SQLAlchemy reads it back: naive on SQLite, with its offset on PostgreSQL."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value
