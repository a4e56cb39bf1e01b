"""Stored events read on the database driver alone (sqlite3 or psycopg), for commands that only read:
they start in a fraction of the time SQLAlchemy takes to load. Anything else goes to the event store."""

from contextlib import closing, contextmanager
from pathlib import Path
from typing import Iterator

from pipeline.redaction import redact
from pipeline.storage.dialects import unicode_lower
from pipeline.storage.errors import NoDatabase, StoreError
from pipeline.storage.migrate import head_revision
from pipeline.storage.reading import EventReads, StoredEvents
from pipeline.storage.urls import libpq_url, sqlite_path

__all__ = ["read_directly", "reading"]


@contextmanager
def read_directly(url: str) -> Iterator[StoredEvents | None]:
    """The stored events of a SQLite file or a PostgreSQL database at the newest schema, read with
    the driver; None when only the event store can read them (another kind of URL, or a database
    that needs migrating). A SQLite file that does not exist raises NoDatabase and is not created."""
    path, postgres = sqlite_path(url), libpq_url(url)
    if path is not None:
        with _sqlite(path) as stored:
            yield stored
    elif postgres is not None:
        with _postgresql(postgres, url) as stored:
            yield stored
    else:
        yield None


@contextmanager
def _sqlite(path: Path) -> Iterator[StoredEvents | None]:
    if not path.is_file():
        raise NoDatabase(f"no database at {path.absolute()}: nothing stored yet "
                         "(DEMARCHE_DATABASE_URL says where the worker stores events)")
    import sqlite3

    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        unicode_lower(connection)
        stored = StoredEvents(lambda sql, params: connection.execute(sql, params).fetchall(), "sqlite")
        yield stored if _at_head(stored, sqlite3.Error) else None


@contextmanager
def _postgresql(libpq: str, url: str) -> Iterator[StoredEvents | None]:
    import psycopg

    try:
        connection = psycopg.connect(libpq, autocommit=True)
    except psycopg.Error as error:
        raise StoreError(redact(f"cannot open the database {url!r}: {str(error).strip().splitlines()[0]}",
                                url)) from None
    with connection:
        stored = StoredEvents(lambda sql, params: connection.execute(sql, params).fetchall(), "postgresql")
        yield stored if _at_head(stored, psycopg.Error) else None


def _at_head(stored: StoredEvents, errors: type[Exception]) -> bool:
    try:
        current = stored.execute("SELECT version_num FROM alembic_version", {})
    except errors:  # no tables yet
        return False
    return [row[0] for row in current] == [head_revision()]


@contextmanager
def reading(url: str) -> Iterator[EventReads]:
    """The quickest reader of the stored events at `url`: the driver alone when it can, else the
    event store (which migrates an old database first)."""
    with read_directly(url) as stored:
        if stored is not None:
            yield stored
            return
    from pipeline.storage.events import EventStore

    store = EventStore(url)
    try:
        yield store
    finally:
        store.close()
