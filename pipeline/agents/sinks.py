"""The sinks: enriched events into the database, alerts into the alert log and the console."""

import asyncio
import logging
from typing import Awaitable, Callable, Sequence, TypeVar

from faust.types import EventT

from pipeline.agents.deadletters import send_dead_letter
from pipeline.agents.holding import finished_events, held_batches, release
from pipeline.alerting.log import AlertLog, console_line, severity_level
from pipeline.app import Pipeline
from pipeline.intake import UnreadableArticle, parse_article
from pipeline.models import Alert, Article, EnrichedEvent
from pipeline.storage import EventStore
from pipeline.storage.isolation import Refused, describe_failure, write_isolating

__all__ = ["attach_storage_sink", "attach_alert_sink", "store_and_release", "STORE_BATCH", "STORE_WINDOW"]

log = logging.getLogger(__name__)
T = TypeVar("T")
console = logging.getLogger("demarche.alerts")

STORE_BATCH = 100  # rows written at a time
STORE_WINDOW = 0.1  # seconds a batch waits to fill after its first event: part of the latency to a stored event
RETRY_DELAYS = (1.0, 30.0)  # first and longest wait between attempts while the database or broker is away

DeadLetter = Callable[[EventT, str], Awaitable[None]]


def attach_storage_sink(pipeline: Pipeline) -> None:
    enriched = pipeline.topic(pipeline.catalogue.events_enriched)
    raw_articles = pipeline.topic(pipeline.catalogue.articles_raw)
    deadletters = pipeline.topic(pipeline.catalogue.deadletter)
    store = EventStore(pipeline.settings.database_url)  # a bad URL stops the start-up
    on_retry = pipeline.metrics.storage_retries.inc

    async def dead_letter(event: EventT, reason: str) -> None:
        await send_dead_letter(deadletters, event, reason, in_transaction=False)

    # Batches are gathered from single events (faust's take_events() kept messages in its buffer
    # across a rebalance, which then waited minutes for them). Each event is released, and its offset
    # may be committed, only once its row is in the database or its dead letter is sent: a crash
    # replays the batch, which the upsert makes harmless. A database or broker that is away holds the
    # stream back instead of losing rows; a row the database refuses for its content goes to the
    # dead-letter topic, and the rest are stored.
    @pipeline.app.agent(enriched, name=f"{pipeline.settings.app_id}.store")
    async def store_events(stream):  # type: ignore[no-untyped-def]
        async for batch in held_batches(stream.events(), STORE_BATCH, STORE_WINDOW):
            readable: list[tuple[EnrichedEvent, EventT]] = []
            for event in batch:
                try:
                    readable.append((EnrichedEvent.model_validate_json(event.value), event))
                except ValueError as error:
                    await _sent(dead_letter, event, f"not an enriched event, not stored: {error}")
            written = await store_and_release(batch, readable, store.upsert, dead_letter, "event", on_retry)
            log.debug("stored %d events", written)

    @pipeline.app.agent(raw_articles, name=f"{pipeline.settings.app_id}.store-articles")
    async def store_articles(stream):  # type: ignore[no-untyped-def]
        async for batch in held_batches(stream.events(), STORE_BATCH, STORE_WINDOW):
            readable: list[tuple[Article, EventT]] = []
            for event in batch:
                try:
                    readable.append((parse_article(event.value), event))
                except UnreadableArticle:
                    continue  # the extract agent sends it to the dead-letter topic
            await store_and_release(batch, readable, store.upsert_articles, dead_letter, "article", on_retry)


async def store_and_release(batch: Sequence[EventT], readable: list[tuple[T, EventT]],
                            write: Callable[[list[T]], int], dead_letter: DeadLetter, what: str,
                            on_retry: Callable[[], None]) -> int:
    """Write the readable items of a held batch, retrying outages, and send each item the database
    refuses to the dead-letter topic; then release every event of the batch. Returns the rows written."""
    def write_items(pairs: list[tuple[T, EventT]]) -> int:
        return write([item for item, _event in pairs])

    written, refused = await _with_retries(write_items, readable, on_retry)
    for (_item, event), reason in refused:
        await _sent(dead_letter, event, f"{what} not stored: {reason}")
    for event in batch:
        release(event)
    return written


async def _with_retries(write: Callable[[list[T]], int], batch: list[T],
                        on_retry: Callable[[], None]) -> tuple[int, Refused[T]]:
    """Run a blocking database write off the event loop, retrying while the database is unreachable."""
    loop = asyncio.get_running_loop()
    delay, longest = RETRY_DELAYS
    while True:
        try:
            return await loop.run_in_executor(None, write_isolating, write, batch)
        except Exception as error:  # write_isolating raises outages only
            log.error("database unreachable, retrying in %.0fs: %s", delay, describe_failure(error))
            on_retry()
            await asyncio.sleep(delay)
            delay = min(delay * 2, longest)


async def _sent(dead_letter: DeadLetter, event: EventT, reason: str) -> None:
    """Send a dead letter, retrying while the broker does not take it: an event whose letter is not
    sent must not be released, and one the sink gave up on would hold every later commit back."""
    delay, longest = RETRY_DELAYS
    while True:
        try:
            return await dead_letter(event, reason)
        except Exception as error:  # noqa: BLE001 - whatever it is, the letter is not sent yet
            log.error("dead letter not sent, retrying in %.0fs: %s", delay, error)
            await asyncio.sleep(delay)
            delay = min(delay * 2, longest)


def attach_alert_sink(pipeline: Pipeline) -> None:
    alerts = pipeline.topic(pipeline.catalogue.alerts)
    settings = pipeline.settings
    deadletters = pipeline.topic(pipeline.catalogue.deadletter)
    alert_log = AlertLog(settings.alert_log_path, settings.alert_log_max_bytes, settings.alert_log_backups)

    @pipeline.app.agent(alerts, name=f"{pipeline.settings.app_id}.alert-log")
    async def log_alerts(stream):  # type: ignore[no-untyped-def]
        async for event in finished_events(stream.events()):
            try:
                alert = Alert.model_validate_json(event.value)
            except ValueError as error:
                await send_dead_letter(deadletters, event, f"not an alert, not logged: {error}", in_transaction=False)
                continue
            if alert_log.append(alert):
                console.log(severity_level(alert.severity), console_line(alert))
