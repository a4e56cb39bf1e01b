"""Shared fixtures: the extractor, the shared gold data, and one live Kafka broker per test session."""

import os
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import create_engine, text

from pipeline.broker import LocalBroker
from pipeline.broker.local import free_port
from pipeline.extraction.extractor import EventExtractor, load_extractor
from pipeline.models import Article, ExtractedEvent
from pipeline.settings import Settings
from pipeline.storage.events import database_url

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DEMARCHE_SHARED_DIR", ROOT.parent / "shared"))
# Variables that say where the test machinery finds things; every other DEMARCHE_* setting is the
# user's and must not change what the tests see.
TEST_VARIABLES = {"DEMARCHE_SHARED_DIR", "DEMARCHE_TEST_POSTGRES_URL", "DEMARCHE_BROKER_LIBS", "DEMARCHE_BROKER_HOME"}


def clean_environment(environ: dict[str, str] | os._Environ[str]) -> list[str]:
    """Drop the user's DEMARCHE_* settings from `environ`; returns the names dropped."""
    dropped = [name for name in environ if name.startswith("DEMARCHE_") and name not in TEST_VARIABLES]
    for name in dropped:
        del environ[name]
    return dropped


clean_environment(os.environ)  # before any Settings() is built, in this process and in the ones it starts


@pytest.fixture(scope="session", autouse=True)
def away_from_dotenv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Run in an empty directory: no `.env` of the user's is read, and no default file lands in the tree."""
    before = Path.cwd()
    os.chdir(tmp_path_factory.mktemp("cwd"))
    yield
    os.chdir(before)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared reference data; tests that score gold files skip without it, except in CI."""
    if not (SHARED / "eval" / "score.py").exists():
        message = f"the shared reference data is missing at {SHARED} (set DEMARCHE_SHARED_DIR)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return SHARED


@pytest.fixture(scope="session")
def extractor() -> EventExtractor:
    return load_extractor()


@pytest.fixture
def extract(extractor: EventExtractor):  # type: ignore[no-untyped-def]
    """Extract events from a text published at noon UTC on Thursday 12 March 2026."""
    def run(text: str, published_at: datetime = datetime(2026, 3, 12, 12, tzinfo=timezone.utc)) -> list[ExtractedEvent]:
        return extractor.extract(Article(id="test-article", text=text, published_at=published_at))
    return run


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real single-node Kafka broker, started once per test session from the Maven jars."""
    libs = os.environ.get("DEMARCHE_BROKER_LIBS")
    shared_jars = LocalBroker(Settings().broker_home).libs  # the cache `demarche broker fetch` fills
    broker = LocalBroker(tmp_path_factory.mktemp("kafka"), free_port(), free_port(),
                         libs=Path(libs) if libs else shared_jars)
    broker.start(timeout=120)
    try:
        yield broker.bootstrap
    finally:
        broker.stop()


def fresh_postgres_schema_url() -> str:
    """A URL of the test PostgreSQL server whose search path is a new, empty schema.

    Skips when DEMARCHE_TEST_POSTGRES_URL is unset, except in CI, where PostgreSQL must be tested.
    """
    url = os.environ.get("DEMARCHE_TEST_POSTGRES_URL")
    if url is None:
        if os.environ.get("CI"):
            pytest.fail("CI must test PostgreSQL: set DEMARCHE_TEST_POSTGRES_URL")
        pytest.skip("DEMARCHE_TEST_POSTGRES_URL is not set")
    schema = f"t{uuid.uuid4().hex[:8]}"
    engine = create_engine(database_url(url))
    with engine.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@pytest.fixture
def topic_prefix() -> str:
    return f"t{uuid.uuid4().hex[:10]}."
