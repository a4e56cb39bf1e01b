"""The sinks: enriched events into the database, alerts into the alert log and the console.

(Articles are stored by the extract agent: faust cannot rebalance a topic that two agents read.)"""

import logging

from faust.types import EventT

from pipeline.agents.database_writes import stored
from pipeline.agents.deadletters import send_dead_letter
from pipeline.agents.holding import finished_batches, finished_events
from pipeline.alerting.log import AlertLog, console_line, severity_level
from pipeline.app import Pipeline
from pipeline.models import Alert, EnrichedEvent
from pipeline.storage import EventStore

__all__ = ["attach_storage_sink", "attach_alert_sink"]

log = logging.getLogger(__name__)
console = logging.getLogger("demarche.alerts")


def attach_storage_sink(pipeline: Pipeline) -> None:
    enriched = pipeline.topic(pipeline.catalogue.events_enriched)
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
            written = await stored(store.upsert, readable, deadletters, "event", pipeline.metrics.storage_retries.inc)
            log.info("stored %d events", written)


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
