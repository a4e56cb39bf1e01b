"""Settings read from the environment, and the variables that are not settings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.settings import Settings, unknown_variables


def test_actor_files_are_listed_like_path(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DEMARCHE_ACTOR_FILES", "ours.jsonl:/srv/theirs.jsonl")
    assert Settings().actor_files == [Path("ours.jsonl"), Path("/srv/theirs.jsonl")]


def test_actor_files_may_be_a_json_list(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DEMARCHE_ACTOR_FILES", '["with:colon.jsonl"]')
    assert Settings().actor_files == [Path("with:colon.jsonl")]


def test_no_actor_files_by_default(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("DEMARCHE_ACTOR_FILES", raising=False)
    assert Settings(_env_file=None).actor_files == []  # type: ignore[call-arg]


def test_a_misspelt_variable_is_named_with_the_setting_it_resembles(tmp_path: Path):
    lines = unknown_variables({"DEMARCHE_KAFKA_SECURITY_PROTCOL": "SASL_SSL", "HOME": "/root"}, tmp_path / ".env")
    assert lines == ["DEMARCHE_KAFKA_SECURITY_PROTCOL is not a setting and is ignored "
                     "(did you mean DEMARCHE_KAFKA_SECURITY_PROTOCOL?)"]


def test_settings_and_the_test_suites_own_variables_are_not_unknown(tmp_path: Path):
    environ = {"DEMARCHE_WEB_PORT": "7000", "DEMARCHE_TEST_POSTGRES_URL": "postgresql://x", "OTHER": "1"}
    assert unknown_variables(environ, tmp_path / ".env") == []


def test_unknown_variables_in_the_env_file_are_named_too(tmp_path: Path):
    (tmp_path / ".env").write_text("DEMARCHE_DATABASE_URL=sqlite:///x.db\nDEMARCHE_NO_SUCH_THING=1\n")
    assert unknown_variables({}, tmp_path / ".env") == ["DEMARCHE_NO_SUCH_THING is not a setting and is ignored"]


def test_the_command_warns_about_unknown_variables_and_shows_bad_settings_without_their_value(tmp_path: Path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DEMARCHE_KAFKA_SASL_USERNAM": "demarche",
           "DEMARCHE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "DEMARCHE_KAFKA_SASL_PASSWORD": "hunter2-secret"}
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "topics", "list"], capture_output=True,
                         text=True, env=env, cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        "demarche: warning: DEMARCHE_KAFKA_SASL_USERNAM is not a setting and is ignored "
        "(did you mean DEMARCHE_KAFKA_SASL_USERNAME?)",
        "demarche topics: bad settings: SASL_SSL needs DEMARCHE_KAFKA_SASL_USERNAME and DEMARCHE_KAFKA_SASL_PASSWORD",
    ]
    assert "hunter2" not in run.stdout + run.stderr


def test_no_secret_appears_in_help():
    run = subprocess.run([sys.executable, "-m", "pipeline.cli.main", "worker", "--help"], capture_output=True,
                         text=True, env={"PATH": "/usr/bin:/bin", "DEMARCHE_KAFKA_SASL_PASSWORD": "hunter2-secret"})
    assert run.returncode == 0 and "hunter2" not in run.stdout + run.stderr


def test_a_worker_parses_in_one_process_per_core_it_may_use_and_topics_have_room_for_several_workers(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.delenv("DEMARCHE_PARSE_PROCESSES", raising=False)
    monkeypatch.delenv("DEMARCHE_TOPIC_PARTITIONS", raising=False)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.parse_processes == len(os.sched_getaffinity(0))
    assert settings.topic_partitions == 4
