"""`demarche produce` against a broker that goes away: every send is checked, the waits are bounded,
and the summary says what was and was not sent, with a non-zero exit."""

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

from pipeline.broker import LocalBroker
from pipeline.broker.local import free_port
from pipeline.kafka.clients import BrokerUnreachable, describe_topics, read_topic
from pipeline.settings import Settings

pytestmark = pytest.mark.broker

ARTICLES = 400


@pytest.fixture
def own_broker(tmp_path: Path) -> Iterator[LocalBroker]:
    """A broker of this test's own, which it may stop without disturbing the others."""
    libs = os.environ.get("DEMARCHE_BROKER_LIBS")
    broker = LocalBroker(tmp_path / "kafka", free_port(), free_port(),
                         libs=Path(libs) if libs else LocalBroker(Settings().broker_home).libs)
    broker.start(timeout=120)
    yield broker
    broker.stop()


def _messages(bootstrap: str) -> int:
    try:
        return sum(info.messages for info in describe_topics(bootstrap, ["outage.articles.raw"]))
    except BrokerUnreachable:
        return 0


def test_produce_reports_what_a_stopped_broker_did_not_acknowledge_and_fails(own_broker: LocalBroker, tmp_path: Path):
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps({"id": f"o-{n}", "text": f"Chile praised Peru in note {n}."}) + "\n"
                              for n in range(ARTICLES)), encoding="utf-8")
    env = dict(os.environ, DEMARCHE_KAFKA_BOOTSTRAP_SERVERS=own_broker.bootstrap, DEMARCHE_TOPIC_PREFIX="outage.")
    started = time.monotonic()
    run = subprocess.Popen([sys.executable, "-m", "pipeline.cli.main", "produce", "--rate", "50", "--timeout", "10",
                            str(source)], env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and run.poll() is None and not _messages(own_broker.bootstrap) >= 50:
        time.sleep(0.5)
    own_broker.stop()  # part-way through
    _out, err = run.communicate(timeout=150)
    elapsed = time.monotonic() - started
    print(f"produce gave up {elapsed:.0f}s after it started:\n{err[-600:]}")
    assert run.returncode == 1, err
    summary = re.search(r"sent (\d+) articles to outage\.articles\.raw, skipped 0, NOT SENT (\d+)", err)
    assert summary, err
    acknowledged, not_sent = int(summary[1]), int(summary[2])
    assert acknowledged > 0 and not_sent > 0 and acknowledged + not_sent == ARTICLES
    assert f"{source}:{ARTICLES}: not sent:" in err or "more not sent" in err
    assert elapsed < 120

    own_broker.start(timeout=120)  # what produce counted as sent is on the topic
    stored = {json.loads(v)["id"] for _k, v in read_topic(own_broker.bootstrap, "outage.articles.raw", timeout=5)}
    assert len(stored) >= acknowledged
