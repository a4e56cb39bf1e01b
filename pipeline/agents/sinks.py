"""The sinks: enriched events into the database, alerts into the alert log and the console."""

import asyncio
import logging

from pipeline.alerting.log import AlertLog, console_line
from pipeline.app import Pipeline
from pipeline.intake import UnreadableArticle, parse_article
from pipeline.models import Alert, Article, EnrichedEvent
from pipeline.storage import EventStore

__all__ = ["attach_storage_sink", "attach_alert_sink"]

log = logging.getLogger(__name__)
console = logging.getLogger("demarche.alerts")


def attach_storage_sink(pipeline: Pipeline) -> None:
    enriched = pipeline.topic(pipeline.catalogue.events_enriched)
    raw_articles = pipeline.topic(pipeline.catalogue.articles_raw)
    store = EventStore(pipeline.settings.database_url)  # a bad URL stops the start-up

    # a batch is committed to the database before the agent takes the next one, and only then
    # are its offsets acknowledged: a crash replays the batch, and the upsert makes that harmless
    @pipeline.app.agent(enriched, name=f"{pipeline.settings.app_id}.store")
    async def store_events(stream):  # type: ignore[no-untyped-def]
        loop = asyncio.get_running_loop()
        async for batch in stream.take(100, within=1.0):
            events = [EnrichedEvent.model_validate_json(raw) for raw in batch]
            written = await loop.run_in_executor(None, store.upsert, events)
            log.info("stored %d events", written)

    @pipeline.app.agent(raw_articles, name=f"{pipeline.settings.app_id}.store-articles")
    async def store_articles(stream):  # type: ignore[no-untyped-def]
        loop = asyncio.get_running_loop()
        async for batch in stream.take(100, within=1.0):
            readable: list[Article] = []
            for raw in batch:
                try:
                    readable.append(parse_article(raw))
                except UnreadableArticle:
                    continue  # the extract agent sends it to the dead-letter topic
            await loop.run_in_executor(None, store.upsert_articles, readable)


def attach_alert_sink(pipeline: Pipeline) -> None:
    alerts = pipeline.topic(pipeline.catalogue.alerts)
    settings = pipeline.settings
    alert_log = AlertLog(settings.alert_log_path, settings.alert_log_max_bytes, settings.alert_log_backups)

    @pipeline.app.agent(alerts, name=f"{pipeline.settings.app_id}.alert-log")
    async def log_alerts(stream):  # type: ignore[no-untyped-def]
        async for raw in stream:
            alert = Alert.model_validate_json(raw)
            if alert_log.append(alert):
                console.warning(console_line(alert))
