"""What differs between SQLite and PostgreSQL when SQL is run on their drivers directly: placeholders,
and times, which SQLite keeps as text without an offset (so both keep them in UTC, `in_utc`)."""

from datetime import datetime, timezone
from typing import Any, Literal

__all__ = ["Dialect", "placeholder", "time_parameter", "stored_time", "in_utc", "unicode_lower"]

Dialect = Literal["sqlite", "postgresql"]


def placeholder(dialect: Dialect, name: str) -> str:
    """`:name` for sqlite3, `%(name)s` for psycopg."""
    return f":{name}" if dialect == "sqlite" else f"%({name})s"


def unicode_lower(connection: Any) -> None:
    """Make a sqlite3 connection's lower() fold every letter, as PostgreSQL's does (SQLite's own folds
    ASCII only, so "ÇAVUŞOĞLU" would not find "Çavuşoğlu")."""
    connection.create_function("lower", 1, lambda text: text.lower() if isinstance(text, str) else text,
                               deterministic=True)


def in_utc(moment: datetime) -> datetime:
    """A time as it is stored: in UTC (a naive one is taken to be UTC already).

    SQLite keeps no offset, so times written in their own offsets would not compare as times."""
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def time_parameter(dialect: Dialect, moment: datetime) -> datetime | str:
    """A time to compare with a stored one. SQLAlchemy writes SQLite's DateTime columns as
    'YYYY-MM-DD HH:MM:SS.ffffff', without the offset, and compares them as text."""
    moment = in_utc(moment)
    if dialect == "postgresql":
        return moment
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
            f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}")


def stored_time(dialect: Dialect, value: datetime | str) -> datetime:
    """A stored time, in UTC (SQLite gives it back as text, PostgreSQL in the session's time zone)."""
    return in_utc(datetime.fromisoformat(value) if isinstance(value, str) else value)
