"""Settings read from the environment."""

from pathlib import Path

import pytest

from pipeline.settings import Settings


def test_actor_files_are_listed_like_path(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DEMARCHE_ACTOR_FILES", "ours.jsonl:/srv/theirs.jsonl")
    assert Settings().actor_files == [Path("ours.jsonl"), Path("/srv/theirs.jsonl")]


def test_actor_files_may_be_a_json_list(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DEMARCHE_ACTOR_FILES", '["with:colon.jsonl"]')
    assert Settings().actor_files == [Path("with:colon.jsonl")]


def test_no_actor_files_by_default(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("DEMARCHE_ACTOR_FILES", raising=False)
    assert Settings(_env_file=None).actor_files == []  # type: ignore[call-arg]
