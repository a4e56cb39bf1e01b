"""Commands that only read the database take its URL from the environment as Settings would."""

from pathlib import Path

import pytest

from pipeline.environment import DatabaseSettings, database_settings
from pipeline.settings import Settings

URL = "postgresql://reader@db:5432/events"


@pytest.mark.parametrize("environ, env_file", [
    ({}, ""),
    ({"DEMARCHE_DATABASE_URL": URL}, ""),
    ({}, f"DEMARCHE_DATABASE_URL={URL}\n"),
    ({"demarche_database_url": URL}, ""),
    ({}, f"# a comment\ndemarche_database_url='{URL}'\n"),
    ({"DEMARCHE_DATABASE_URL": URL}, "DEMARCHE_DATABASE_URL=sqlite:///other.db\n"),
    ({"DEMARCHE_DATABASE_URL": ""}, ""),
    ({"DEMARCHE_SHARED_DIR": "/data", "DEMARCHE_TEST_POSTGRES_URL": URL}, ""),
])
def test_the_database_url_is_the_one_settings_reads(environ: dict[str, str], env_file: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    (tmp_path / ".env").write_text(env_file)
    monkeypatch.chdir(tmp_path)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert database_settings(environ, tmp_path / ".env") == DatabaseSettings(Settings().database_url)


@pytest.mark.parametrize("environ, env_file", [
    ({"DEMARCHE_TOPIC_PREFIX": "mine."}, ""),
    ({}, "DEMARCHE_DATABSE_URL=sqlite:///typo.db\n"),
    ({"demarche_kafka_bootstrap_servers": "kafka:9092", "DEMARCHE_DATABASE_URL": URL}, ""),
])
def test_any_other_demarche_variable_leaves_it_to_settings(environ: dict[str, str], env_file: str, tmp_path: Path):
    (tmp_path / ".env").write_text(env_file)
    assert database_settings(environ, tmp_path / ".env") is None
