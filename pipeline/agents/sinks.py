"""The sinks: enriched events into the database, alerts into the alert log and the console."""

import asyncio
import logging
from typing import Any, Callable, TypeVar

from faust.types import EventT

from pipeline.agents.deadletters import send_dead_letter
from pipeline.agents.holding import finished_batches, finished_events
from pipeline.alerting.log import AlertLog, console_line, severity_level
from pipeline.app import Pipeline
from pipeline.intake import UnreadableArticle, parse_article
from pipeline.models import Alert, Article, EnrichedEvent
from pipeline.storage import EventStore
from pipeline.storage.isolation import Refused, describe_failure, write_isolating

__all__ = ["attach_storage_sink", "attach_alert_sink"]

log = logging.getLogger(__name__)
T = TypeVar("T")
console = logging.getLogger("demarche.alerts")


def attach_storage_sink(pipeline: Pipeline) -> None:
    enriched = pipeline.topic(pipeline.catalogue.events_enriched)
    raw_articles = pipeline.topic(pipeline.catalogue.articles_raw)
    deadletters = pipeline.topic(pipeline.catalogue.deadletter)
    store = EventStore(pipeline.settings.database_url)  # a bad URL stops the start-up

    # faust acknowledges a take_events() batch once the loop body is done with it, so a batch is
    # committed to the database before its offsets are: a crash replays the batch, and the upsert
    # makes that harmless. A database that is down holds the stream back instead of losing rows; a
    # row it refuses for its content goes to the dead-letter topic, and the rest are stored.
    @pipeline.app.agent(enriched, name=f"{pipeline.settings.app_id}.store")
    async def store_events(stream):  # type: ignore[no-untyped-def]
        async for batch in finished_batches(stream.take_events(100, within=1.0)):
            readable: list[tuple[EnrichedEvent, EventT]] = []
            for event in batch:
                try:
                    readable.append((EnrichedEvent.model_validate_json(event.value), event))
                except ValueError as error:
                    await send_dead_letter(deadletters, event, f"not an enriched event, not stored: {error}",
                                           in_transaction=False)
            written = await _stored(store.upsert, readable, deadletters, "event", pipeline.metrics.storage_retries.inc)
            log.info("stored %d events", written)

    @pipeline.app.agent(raw_articles, name=f"{pipeline.settings.app_id}.store-articles")
    async def store_articles(stream):  # type: ignore[no-untyped-def]
        async for batch in finished_batches(stream.take_events(100, within=1.0)):
            readable: list[tuple[Article, EventT]] = []
            for event in batch:
                try:
                    readable.append((parse_article(event.value), event))
                except UnreadableArticle:
                    continue  # the extract agent sends it to the dead-letter topic
            await _stored(store.upsert_articles, readable, deadletters, "article",
                          pipeline.metrics.storage_retries.inc)


async def _stored(write: Callable[[list[T]], int], batch: list[tuple[T, EventT]], deadletters: Any,
                  what: str, on_retry: Callable[[], None]) -> int:
    """Write a batch, retrying outages; send each item the database refuses to the dead-letter topic."""
    def write_pairs(pairs: list[tuple[T, EventT]]) -> int:
        return write([item for item, _event in pairs])

    written, refused = await _with_retries(write_pairs, batch, on_retry)
    for (_item, event), reason in refused:
        await send_dead_letter(deadletters, event, f"{what} not stored: {reason}", in_transaction=False)
    return written


async def _with_retries(write: Callable[[list[T]], int], batch: list[T],
                        on_retry: Callable[[], None]) -> tuple[int, Refused[T]]:
    """Run a blocking database write off the event loop, retrying while the database is unreachable."""
    loop = asyncio.get_running_loop()
    delay = 1.0
    while True:
        try:
            return await loop.run_in_executor(None, write_isolating, write, batch)
        except Exception as error:  # write_isolating raises outages only
            log.error("database unreachable, retrying in %.0fs: %s", delay, describe_failure(error))
            on_retry()
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)


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
