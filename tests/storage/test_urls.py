"""Database URLs as the drivers take them."""

from pathlib import Path

from pipeline.storage.urls import database_url, libpq_url, sqlite_path


def test_a_sqlite_url_names_its_file_relative_or_absolute_with_escapes_read():
    assert sqlite_path("sqlite:///demarche.db") == Path("demarche.db")
    assert sqlite_path("sqlite:////var/lib/demarche/events.db") == Path("/var/lib/demarche/events.db")
    assert sqlite_path("sqlite+pysqlite:///my%20events.db") == Path("my events.db")


def test_in_memory_sqlite_urls_with_options_and_other_databases_name_no_file():
    for url in ("sqlite://", "sqlite:///:memory:", "sqlite:///events.db?timeout=5", "postgresql://db/events",
                "mysql://db/events"):
        assert sqlite_path(url) is None, url


def test_postgresql_urls_are_given_to_libpq_without_the_driver_name():
    for url in ("postgresql://u:p@db:5432/events", "postgres://u:p@db:5432/events",
                "postgresql+psycopg://u:p@db:5432/events"):
        assert libpq_url(url) == "postgresql://u:p@db:5432/events"
        assert database_url(url) == "postgresql+psycopg://u:p@db:5432/events"
    assert libpq_url("sqlite:///demarche.db") is None
