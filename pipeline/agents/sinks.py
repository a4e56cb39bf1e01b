"""The sinks: enriched events into the database, alerts into the alert log and the console."""

import asyncio
import logging
from typing import Callable, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from pipeline.alerting.log import AlertLog, console_line, severity_level
from pipeline.app import Pipeline
from pipeline.intake import UnreadableArticle, parse_article
from pipeline.models import Alert, Article, EnrichedEvent
from pipeline.storage import EventStore

__all__ = ["attach_storage_sink", "attach_alert_sink"]

log = logging.getLogger(__name__)
T = TypeVar("T")
console = logging.getLogger("demarche.alerts")


def attach_storage_sink(pipeline: Pipeline) -> None:
    enriched = pipeline.topic(pipeline.catalogue.events_enriched)
    raw_articles = pipeline.topic(pipeline.catalogue.articles_raw)
    store = EventStore(pipeline.settings.database_url)  # a bad URL stops the start-up

    # faust acknowledges a take() batch once the loop body is done with it, so a batch is
    # committed to the database before its offsets are: a crash replays the batch, and the upsert
    # makes that harmless. A database that is down holds the stream back instead of losing rows.
    @pipeline.app.agent(enriched, name=f"{pipeline.settings.app_id}.store")
    async def store_events(stream):  # type: ignore[no-untyped-def]
        async for batch in stream.take(100, within=1.0):
            events = []
            for raw in batch:
                try:
                    events.append(EnrichedEvent.model_validate_json(raw))
                except ValueError as error:
                    log.error("not an enriched event, not stored: %s", error)
            written = await _with_retries(store.upsert, events)
            log.info("stored %d events", written)

    @pipeline.app.agent(raw_articles, name=f"{pipeline.settings.app_id}.store-articles")
    async def store_articles(stream):  # type: ignore[no-untyped-def]
        async for batch in stream.take(100, within=1.0):
            readable: list[Article] = []
            for raw in batch:
                try:
                    readable.append(parse_article(raw))
                except UnreadableArticle:
                    continue  # the extract agent sends it to the dead-letter topic
            await _with_retries(store.upsert_articles, readable)


async def _with_retries(write: Callable[[list[T]], int], batch: list[T]) -> int:
    """Run a blocking database write off the event loop, retrying until it succeeds."""
    loop = asyncio.get_running_loop()
    delay = 1.0
    while True:
        try:
            return await loop.run_in_executor(None, write, batch)
        except SQLAlchemyError as error:
            log.error("database write failed, retrying in %.0fs: %s", delay, str(error).splitlines()[0])
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)


def attach_alert_sink(pipeline: Pipeline) -> None:
    alerts = pipeline.topic(pipeline.catalogue.alerts)
    settings = pipeline.settings
    alert_log = AlertLog(settings.alert_log_path, settings.alert_log_max_bytes, settings.alert_log_backups)

    @pipeline.app.agent(alerts, name=f"{pipeline.settings.app_id}.alert-log")
    async def log_alerts(stream):  # type: ignore[no-untyped-def]
        async for raw in stream:
            alert = Alert.model_validate_json(raw)
            if alert_log.append(alert):
                console.log(severity_level(alert.severity), console_line(alert))
