"""The error of a database URL or a database that cannot be used."""

__all__ = ["StoreError", "NoDatabase"]


class StoreError(RuntimeError):
    """The database URL or the database itself cannot be used."""


class NoDatabase(StoreError):
    """A SQLite file that does not exist yet: nothing has been stored."""
