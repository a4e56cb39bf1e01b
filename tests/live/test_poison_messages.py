"""Single bad messages on a live broker and PostgreSQL: none stops a stage, each ends somewhere a user
can see (stored, repaired with a note, or on the dead-letter topic with the reason)."""

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from tests.conftest import fresh_postgres_schema_url
from tests.live.conftest import Worker, collect, produce

from pipeline.models import DeadLetter
from pipeline.storage.events import database_url
from pipeline.storage.schema import articles, events
from pipeline.topics import TopicCatalogue

pytestmark = pytest.mark.broker

GAZETTEER = Path(__file__).resolve().parents[2] / "pipeline" / "data" / "gazetteer.json"


def article(article_id: str, text: str, published: str = "2026-08-12T12:00:00+00:00", **fields: str) -> bytes:
    return json.dumps({"id": article_id, "text": text, "published_at": published, **fields}).encode()


def seventy_states() -> str:
    states = json.loads(GAZETTEER.read_text(encoding="utf-8"))["states"]
    names = [s["name"] for s in states if " " not in s["name"] and len(s["iso3"]) == 3][:72]
    return ", ".join(names[:-1]) + f" and {names[-1]} condemned the invasion on Monday."


LONG_ID = "feed-" + "x" * 300
BIG_NOT_JSON = b"y" * 900_000  # its dead letter in base64 is larger than faust's 1 MB producer limit
UNREADABLE = {
    b'{"id": "deep", "text": "x", "n": ' + b"[" * 50_000 + b"]" * 50_000 + b"}": "nested too deeply",
    b'{"id": "digits", "text": "x", "n": ' + b"9" * 5000 + b"}": "not JSON that can be read",
    BIG_NOT_JSON: "not JSON",
}
POISON = [
    article("nul", "Norway condemned Russia on Monday over the seizure of a fishing boat.", title="Tal\x00ks"),
    article(LONG_ID, "Chile condemned Bolivia on Tuesday over a border incident."),
    article("long-source", "Kenya condemned Uganda on Tuesday over a border raid.", source="Wire " * 60),
    article("many-states", seventy_states()),
    article("year-one", "Peru condemned Chile yesterday.", published="0001-01-01T12:00:00+00:00"),
    article("year-end", "Peru condemned Chile on Friday and said it would recall its envoy next month.",
            published="9999-12-31T12:00:00+00:00"),
    article("twin", "Ghana condemned Togo on Monday over the closure of the border."),
    article("twin", "Togo condemned Ghana on Friday over the arrest of its traders."),
    *UNREADABLE,
]
NOT_AN_EVENT = b'{"event_id": "nothing else"}'
LAST = article("last", "Finland condemned Estonia on Wednesday over a fishing dispute.")


@pytest.fixture
def postgres_env(worker_env: dict[str, str]) -> dict[str, str]:
    worker_env["DEMARCHE_DATABASE_URL"] = fresh_postgres_schema_url()
    return worker_env


def stored_rows(url: str, table, timeout: float, done) -> list[dict]:  # type: ignore[no-untyped-def]
    engine = create_engine(database_url(url))
    deadline = time.monotonic() + timeout
    try:
        while True:
            with engine.connect() as connection:
                rows = [dict(r) for r in connection.execute(select(table)).mappings()]
            if done(rows) or time.monotonic() > deadline:
                return rows
            time.sleep(1)
    finally:
        engine.dispose()


def test_poison_messages_are_repaired_or_dead_lettered_and_the_next_article_is_stored(
    kafka_bootstrap: str, catalogue: TopicCatalogue, postgres_env: dict[str, str], start_worker,  # type: ignore[no-untyped-def]
):
    worker: Worker = start_worker()
    url = postgres_env["DEMARCHE_DATABASE_URL"]
    produce(kafka_bootstrap, catalogue.articles_raw.name, POISON)
    produce(kafka_bootstrap, catalogue.events_enriched.name, [NOT_AN_EVENT])  # the store refuses it
    produced_last = time.monotonic()
    produce(kafka_bootstrap, catalogue.articles_raw.name, [LAST])

    rows = stored_rows(url, events, 120, lambda rows: any(r["article_id"] == "last" for r in rows))
    stored_after = time.monotonic() - produced_last
    assert any(r["article_id"] == "last" for r in rows), f"the article after the poison was not stored: {rows}"
    print(f"the article after the poison was stored {stored_after:.1f}s after it was produced")
    assert stored_after < 90, f"the next article took {stored_after:.0f}s to be stored"
    worker.assert_running()

    by_article: dict[str, list[dict]] = {}
    for row in rows:
        by_article.setdefault(row["article_id"], []).append(row)
    assert by_article["nul"] and by_article["long-source"]
    [cut_id] = [a for a in by_article if a.startswith("feed-")]
    assert len(cut_id) == 128
    [many] = by_article["many-states"]
    assert len(many["source_codes"]) == 256 and "source_codes: cut from 287 to 256 characters" in many["repairs"]
    assert {r["event_date"] for r in by_article["year-one"]} == {None}  # "yesterday" of year 1 is vague
    assert by_article["year-end"]
    assert len({r["event_id"] for r in by_article["twin"]}) == 2  # two articles, one id, two events

    stored_articles = stored_rows(url, articles, 30, lambda rows: len(rows) >= 8)
    nul = next(a for a in stored_articles if a["article_id"] == "nul")
    assert nul["title"] == "Talks" and nul["repairs"] == "title: removed 1 NUL characters"
    long_source = next(a for a in stored_articles if a["article_id"] == "long-source")
    assert len(long_source["source"]) == 256 and "source: cut from 300 to 256" in long_source["repairs"]

    letters = [DeadLetter.model_validate_json(v)
               for v in collect(kafka_bootstrap, catalogue.deadletter.name, 4, worker)]
    assert len(letters) == 4
    assert len(collect(kafka_bootstrap, catalogue.deadletter.name, 5, worker, timeout=10)) == 4  # no more come
    refused = sorted(letter.reason.split(":")[0] for letter in letters if letter.original == NOT_AN_EVENT)
    assert refused == ["not an enriched event, not stored"]
    letters = [letter for letter in letters if letter.original != NOT_AN_EVENT]
    for letter in letters:
        original = next(raw for raw in UNREADABLE if raw.startswith(letter.original))
        assert UNREADABLE[original] in letter.reason and letter.original_size == len(original)
    big = next(letter for letter in letters if letter.original_size == len(BIG_NOT_JSON))
    assert big.truncated and "truncated" in big.reason and len(big.original) < len(BIG_NOT_JSON)
