"""The enrich agent: clusters reports across articles, counts events per pair in tumbling windows,
gives actors their canonical ids, raises alerts and sends every event to `events.enriched` and to
the topic of its type, all from a table that survives restarts.

It reads in batches held together (`held_together`): what is sent or written for an event joins the
transaction of its input partition, and a commit takes the whole batch or none of it, so a pair's
state, written once per batch, is never committed with only some of the events it counts. What it
sends goes to the partition of each topic beside its input partition (`partition_beside`): like
`events.extracted`, the event topics and alerts are partitioned by pair, and each transaction writes
to one partition of each."""

import asyncio
import logging
from datetime import datetime, timezone
from typing import Any

import faust
from faust.types import EventT

from pipeline.agents.counts import PeriodicCount
from pipeline.agents.deadletters import send_dead_letter
from pipeline.agents.holding import held_batches, held_together, processing, release
from pipeline.alerting.rules import alerts_for, load_rules
from pipeline.app import Pipeline
from pipeline.enrichment.actors import with_actor_ids
from pipeline.enrichment.clusters import PairState
from pipeline.enrichment.keys import pair_key
from pipeline.enrichment.report import enrich_report
from pipeline.kafka.partitions import partition_beside, partition_counts
from pipeline.models import ExtractedEvent

__all__ = ["attach_enrich_agent", "BATCH_SIZE", "BATCH_WINDOW"]

log = logging.getLogger(__name__)

BATCH_SIZE = 200  # events enriched together: states written and the producer waited for once
BATCH_WINDOW = 0.02  # seconds a batch waits to fill; short, for the latency of a single event


def attach_enrich_agent(pipeline: Pipeline) -> None:
    app, catalogue, settings = pipeline.app, pipeline.catalogue, pipeline.settings
    rules = load_rules(settings.alert_rules_path)  # a bad rule file stops the start-up
    extracted = pipeline.topic(catalogue.events_extracted)
    enriched_topic = pipeline.topic(catalogue.events_enriched)
    by_type = {t: pipeline.topic(spec) for t, spec in catalogue.events_by_type.items()}
    alerts_topic = pipeline.topic(catalogue.alerts)
    deadletters = pipeline.topic(catalogue.deadletter)
    pairs = app.Table(f"{catalogue.prefix}pairs", default=None, key_type=str, value_type=bytes,
                      partitions=catalogue.partitions)
    counted = PeriodicCount(log, "enriched %d events (%d replayed), %d alerts")

    # events.extracted is keyed by pair, so each partition owns every table key of its pairs
    @app.agent(extracted, name=f"{settings.app_id}.enrich")
    async def enrich_events(stream: faust.StreamT[bytes]) -> None:
        outputs = [t.get_topic_name() for t in (enriched_topic, alerts_topic, *by_type.values())]
        counts = await asyncio.to_thread(partition_counts, settings.kafka, outputs)
        log.info("enrich sends beside its input partition on the topics of these partitions: %s", counts)

        def beside(topic: faust.TopicT, source: int) -> int | None:
            return partition_beside(counts, topic.get_topic_name(), source)

        async for batch in held_batches(stream.events(), BATCH_SIZE, BATCH_WINDOW, commit_when_idle=True):
            await held_together(batch)
            states: dict[str, PairState] = {}
            last_of_pair: dict[str, EventT] = {}
            sent: list[Any] = []
            replays = alerts = 0
            for message_event in batch:
                with processing(message_event):
                    try:
                        event = with_actor_ids(ExtractedEvent.model_validate_json(message_event.value))
                    except ValueError as error:
                        await send_dead_letter(deadletters, message_event, f"not an extracted event, not enriched: {error}")
                        continue
                    seen_at = datetime.fromtimestamp(message_event.message.timestamp, tz=timezone.utc)
                    pair = pair_key(event)
                    state = states.get(pair)
                    if state is None:
                        stored = pairs.get(pair)
                        state = states[pair] = PairState.model_validate_json(stored) if stored else PairState()
                    last_of_pair[pair] = message_event
                    enriched, replay = enrich_report(state, event, seen_at)
                    if replay:  # its effects went out with the state that remembers it
                        replays += 1
                        continue
                    key, value = enriched.event_id.encode(), enriched.model_dump_json().encode()
                    source = message_event.message.partition
                    for topic in (enriched_topic, by_type[enriched.event_type]):
                        sent.append(await topic.send(key=key, value=value, partition=beside(topic, source)))
                    for alert in alerts_for(enriched, rules, datetime.now(timezone.utc)):
                        if state.remember_alert(alert.alert_id):
                            sent.append(await alerts_topic.send(key=alert.alert_id.encode(),
                                                                value=alert.model_dump_json().encode(),
                                                                partition=beside(alerts_topic, source)))
                            alerts += 1
                            log.debug("alert %s (%s) for event %s", alert.alert_id, alert.rule, enriched.event_id)
                    log.debug("event %s in cluster %s (%d mentions)", enriched.event_id, enriched.cluster_id,
                              enriched.mentions)
            for pair, state in states.items():  # once per batch, after what it says was sent
                with processing(last_of_pair[pair]):
                    pairs[pair] = state.model_dump_json().encode()
            await _finished(app, sent if not app.in_transaction else [])
            for message_event in batch:
                release(message_event)
            counted.add(len(batch) - replays, replays, alerts)


async def _finished(app: Any, deliveries: list[Any], timeout: float = 10.0) -> None:
    """Wait until the broker has `deliveries` and the batch's table changes have left faust's buffer.

    Table writes are queued, and a worker stopped right after a batch could drop what was still
    queued (faust's buffer flush on stop gives up after 0.1 s without progress). Waiting here
    means state is on its way to the changelog before the batch is released. With transactions the
    messages need no wait: the commit that makes them visible sends them first (and a batch waiting
    for them would wait for the producer's linger)."""
    await asyncio.gather(*deliveries)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while app.producer.buffer.size and loop.time() < deadline:
        await asyncio.sleep(0.002)
