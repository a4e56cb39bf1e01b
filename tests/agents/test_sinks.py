import asyncio
import json
from pathlib import Path

import pytest
from faust.types import EventT, Message
from sqlalchemy.exc import OperationalError

from tests.agents.test_holding import message_at, stream_of

from pipeline.agents import database_writes
from pipeline.agents.holding import held_batches
from pipeline.agents.sinks import store_and_release
from pipeline.intake import parse_article
from pipeline.models import Article
from pipeline.storage import EventStore
from pipeline.storage.schema import articles


def article_message(offset: int) -> Message:
    message = message_at(offset)
    message.value = json.dumps({"id": f"a-{offset}", "source": "Fjord Herald",
                                "published_at": "2026-05-04T08:00:00+00:00",
                                "text": f"The two ministers met in Bergen on Monday (note {offset})."}).encode()
    return message


class Sink:
    """One held batch through `store_and_release`, noting which events were acknowledged when."""

    def __init__(self, messages: list[Message]) -> None:
        self.messages = messages
        self.acked_at_write: list[list[bool]] = []
        self.letters: list[tuple[int, str, bool]] = []  # offset, reason, acknowledged when sent
        self.retries = 0
        self.written = 0

    def acked(self) -> list[bool]:
        return [m.acked for m in self.messages]

    async def dead_letter(self, event: EventT, reason: str) -> None:
        self.letters.append((event.message.offset, reason, event.message.acked))

    def on_retry(self) -> None:
        self.retries += 1

    def run(self, write, size: int = 100) -> None:  # type: ignore[no-untyped-def]
        def noted(items: list[Article]) -> int:
            self.acked_at_write.append(self.acked())
            return int(write(items))

        async def go() -> None:
            async for batch in held_batches(stream_of(self.messages), size, 0.05):  # type: ignore[arg-type]
                readable = [(parse_article(e.value), e) for e in batch]
                self.written += await store_and_release(batch, readable, noted, self.dead_letter, "article",
                                                        self.on_retry)
        asyncio.run(go())


@pytest.fixture
def store(tmp_path: Path) -> EventStore:
    return EventStore(f"sqlite:///{tmp_path / 'events.db'}")


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_writes, "RETRY_DELAYS", (0.01, 0.02))


def test_each_event_is_released_only_once_its_row_is_in_the_database(store: EventStore):
    sink = Sink([article_message(i) for i in range(5)])
    sink.run(store.upsert_articles, size=3)
    assert sink.acked_at_write == [[False] * 5, [True] * 3 + [False] * 2]
    assert sink.acked() == [True] * 5
    assert sink.written == 5 and store.count(articles) == 5


def test_a_row_the_database_refuses_is_dead_lettered_before_its_event_is_released(store: EventStore):
    def refuse_the_third(items: list[Article]) -> int:
        if any(a.id == "a-2" for a in items):
            raise ValueError("a value the database refuses")
        return store.upsert_articles(items)

    sink = Sink([article_message(i) for i in range(4)])
    sink.run(refuse_the_third)
    assert sink.letters == [(2, "article not stored: ValueError: a value the database refuses", False)]
    assert sink.acked() == [True] * 4
    assert sink.written == 3 and store.count(articles) == 3


def test_a_database_outage_holds_the_batch_until_the_write_succeeds(store: EventStore, quick_retries: None):
    failures = [OperationalError("INSERT", {}, Exception("unable to open database file"))] * 2

    def away_twice(items: list[Article]) -> int:
        if failures:
            raise failures.pop()
        return store.upsert_articles(items)

    sink = Sink([article_message(i) for i in range(3)])
    sink.run(away_twice)
    assert sink.retries == 2
    assert sink.acked_at_write == [[False] * 3] * 3
    assert sink.acked() == [True] * 3 and store.count(articles) == 3


def test_a_dead_letter_the_broker_does_not_take_is_sent_again_and_its_event_held_until_then(
    store: EventStore, quick_retries: None,
):
    sink = Sink([article_message(0)])
    attempts: list[bool] = []

    async def broker_away_once(event: EventT, reason: str) -> None:
        attempts.append(event.message.acked)
        if len(attempts) == 1:
            raise ConnectionError("the broker is away")
        await Sink.dead_letter(sink, event, reason)

    sink.dead_letter = broker_away_once  # type: ignore[method-assign]

    def refuse(items: list[Article]) -> int:
        raise ValueError("refused")

    sink.run(refuse)
    assert attempts == [False, False]
    assert [(offset, acked) for offset, _reason, acked in sink.letters] == [(0, False)]
    assert sink.acked() == [True]
