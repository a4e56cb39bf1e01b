from collections import Counter
from pathlib import Path

import pytest

from pipeline.app import Pipeline, create_pipeline
from pipeline.settings import Settings


def test_every_topic_a_worker_reads_has_one_agent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # faust clears its agents' buffers at a rebalance, and a message one reader of a topic took while
    # another had it buffered is then never let go: the rebalance waits for it for good
    monkeypatch.setenv("DEMARCHE_DATABASE_URL", f"sqlite:///{tmp_path / 'events.db'}")
    pipeline = create_pipeline(Settings(_env_file=None))  # type: ignore[call-arg]
    readers = Counter(topic for agent in pipeline.app.agents.values() for topic in agent.channel.topics)
    assert readers and all(count == 1 for count in readers.values()), readers
    assert pipeline.catalogue.articles_raw.name in readers


def test_the_commit_interval_is_the_setting(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DEMARCHE_COMMIT_INTERVAL", "0.4")
    pipeline = Pipeline(Settings(_env_file=None))  # type: ignore[call-arg]
    assert pipeline.app.conf.broker_commit_interval == 0.4
