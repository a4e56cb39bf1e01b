"""Database URLs as SQLAlchemy takes them and as the drivers take them."""

from pathlib import Path
from urllib.parse import unquote

__all__ = ["database_url", "sqlite_path", "libpq_url"]

POSTGRES_PREFIXES = ("postgresql+psycopg://", "postgresql://", "postgres://")


def database_url(url: str) -> str:
    """Plain postgresql:// URLs use the psycopg 3 driver that demarche installs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a `sqlite:///file` URL; None for other URLs, in-memory databases and URLs with options."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix) and "?" not in url:
            path = unquote(url[len(prefix):])
            return Path(path) if path and path != ":memory:" else None
    return None


def libpq_url(url: str) -> str | None:
    """The URL as psycopg (libpq) reads it, for a PostgreSQL URL; None for others."""
    for prefix in POSTGRES_PREFIXES:
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix):]
    return None
