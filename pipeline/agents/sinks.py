"""The sinks: enriched events into the database, alerts into the alert log and the console.

(Articles are stored by the extract agent: faust cannot rebalance a topic that two agents read.)"""

import logging
from typing import Callable, Sequence, TypeVar

import faust
from faust.types import EventT

from pipeline.agents.counts import PeriodicCount
from pipeline.agents.database_writes import letter_sent, stored
from pipeline.agents.deadletters import DeadLetterSender, sender_outside_transactions
from pipeline.agents.holding import finished_events, held_batches, release
from pipeline.alerting.log import AlertLog, console_line, severity_level
from pipeline.app import Pipeline
from pipeline.models import Alert, EnrichedEvent

__all__ = ["attach_storage_sink", "attach_alert_sink", "store_and_release", "STORE_BATCH", "STORE_WINDOW"]

log = logging.getLogger(__name__)
T = TypeVar("T")
console = logging.getLogger("demarche.alerts")

STORE_BATCH = 100  # rows written at a time
STORE_WINDOW = 0.1  # seconds a batch waits to fill after its first event: part of the latency to a stored event


def attach_storage_sink(pipeline: Pipeline) -> None:
    enriched = pipeline.topic(pipeline.catalogue.events_enriched)
    dead_letter = sender_outside_transactions(pipeline.topic(pipeline.catalogue.deadletter))
    store = pipeline.store
    on_retry = pipeline.metrics.storage_retries.inc
    stored_events = PeriodicCount(log, "stored %d events")  # an info line every 10 s instead of one per batch

    # Batches are gathered from single events (faust's take_events() kept messages in its buffer
    # across a rebalance, which then waited minutes for them). Each event is released, and its offset
    # may be committed, only once its row is in the database or its dead letter is sent: a crash
    # replays the batch, which the upsert makes harmless. A database or broker that is away holds the
    # stream back instead of losing rows; a row the database refuses for its content goes to the
    # dead-letter topic, and the rest are stored.
    @pipeline.app.agent(enriched, name=f"{pipeline.settings.app_id}.store")
    async def store_events(stream: faust.StreamT[bytes]) -> None:
        async for batch in held_batches(stream.events(), STORE_BATCH, STORE_WINDOW):
            readable: list[tuple[EnrichedEvent, EventT]] = []
            for event in batch:
                try:
                    readable.append((EnrichedEvent.model_validate_json(event.value), event))
                except ValueError as error:
                    await letter_sent(dead_letter, event, f"not an enriched event, not stored: {error}")
            stored_events.add(await store_and_release(batch, readable, store.upsert, dead_letter, "event", on_retry))


async def store_and_release(batch: Sequence[EventT], readable: list[tuple[T, EventT]],
                            write: Callable[[list[T]], int], dead_letter: DeadLetterSender, what: str,
                            on_retry: Callable[[], None]) -> int:
    """Write the readable items of a held batch, retrying outages, and send each item the database
    refuses to the dead-letter topic; then release every event of the batch. Returns the rows written."""
    written = await stored(readable, write, dead_letter, what, on_retry)
    for event in batch:
        release(event)
    return written


def attach_alert_sink(pipeline: Pipeline) -> None:
    alerts = pipeline.topic(pipeline.catalogue.alerts)
    settings = pipeline.settings
    dead_letter = sender_outside_transactions(pipeline.topic(pipeline.catalogue.deadletter))
    alert_log = AlertLog(settings.alert_log_path, settings.alert_log_max_bytes, settings.alert_log_backups)

    @pipeline.app.agent(alerts, name=f"{pipeline.settings.app_id}.alert-log")
    async def log_alerts(stream: faust.StreamT[bytes]) -> None:
        async for event in finished_events(stream.events()):
            try:
                alert = Alert.model_validate_json(event.value)
            except ValueError as error:
                await dead_letter(event, f"not an alert, not logged: {error}")
                continue
            if alert_log.append(alert):
                console.log(severity_level(alert.severity), console_line(alert))
