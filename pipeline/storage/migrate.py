"""Bring a database to the newest schema with the Alembic migrations that ship with demarche."""

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

__all__ = ["upgrade", "head_revision", "current_revision"]

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK = 0x64656D61  # PostgreSQL advisory lock key ("dema"), held while a worker migrates
REVISION = re.compile(r'^(down_revision|revision)\s*(?::[^=]*)?=\s*["\']?([\w-]+|None)["\']?', re.MULTILINE)


def head_revision() -> str | None:
    """The newest migration: the revision that no other migration builds on (read without Alembic)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(REVISION.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: "Engine") -> str | None:
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError:
        return None


def upgrade(engine: "Engine", revision: str = "head") -> None:
    """Migrate to `revision`; a database already at the head is left alone without loading Alembic.

    Workers that start together on a new database migrate one after the other: the first takes a
    lock on the database (PostgreSQL: an advisory lock, SQLite: an exclusive transaction) and the
    others, once they have it, find the schema at the head and change nothing."""
    if revision == "head" and head_revision() is not None and current_revision(engine) == head_revision():
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        _lock_for_migration(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _lock_for_migration(connection: "Connection") -> None:
    """Hold the database's migration lock until this transaction ends."""
    dialect = connection.dialect.name
    if dialect == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
    elif dialect == "sqlite":  # the driver begins no transaction before DDL: begin one that locks the file
        connection.exec_driver_sql("BEGIN EXCLUSIVE")
