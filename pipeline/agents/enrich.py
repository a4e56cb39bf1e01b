"""The enrich agent: clusters reports across articles, counts events per pair in tumbling windows,
gives actors their canonical ids and raises alerts, all from tables that survive restarts."""

import asyncio
import logging
from datetime import datetime, timezone
from typing import Any

from pipeline.agents.deadletters import send_dead_letter
from pipeline.agents.holding import finished_events
from pipeline.alerting.rules import alerts_for, load_rules
from pipeline.app import Pipeline
from pipeline.enrichment.actors import with_actor_ids
from pipeline.enrichment.clusters import PairState, place_in_cluster
from pipeline.enrichment.event_time import count_time
from pipeline.enrichment.keys import pair_key
from pipeline.enrichment.registry import ActorRecord
from pipeline.enrichment.windows import WINDOWS, window_stats
from pipeline.models import ActorMention, EnrichedEvent, ExtractedEvent, WindowStats

__all__ = ["attach_enrich_agent", "attach_actor_registry"]

log = logging.getLogger(__name__)


def attach_enrich_agent(pipeline: Pipeline) -> None:
    app, catalogue, settings = pipeline.app, pipeline.catalogue, pipeline.settings
    rules = load_rules(settings.alert_rules_path)  # a bad rule file stops the start-up
    extracted = pipeline.topic(catalogue.events_extracted)
    enriched_topic = pipeline.topic(catalogue.events_enriched)
    alerts_topic = pipeline.topic(catalogue.alerts)
    mentions_topic = pipeline.topic(catalogue.actor_mentions)
    deadletters = pipeline.topic(catalogue.deadletter)
    partitions = catalogue.partitions
    pairs = app.Table(f"{catalogue.prefix}pairs", default=None, key_type=str, value_type=bytes,
                      partitions=partitions)
    counts: dict[str, Any] = {}
    goldstein: dict[str, Any] = {}
    event_time = [0.0]  # windows count by event time (count_time), not by when the message arrived

    def at_event_time(_event: Any = None) -> float:
        return event_time[0]

    for name, size in WINDOWS.items():
        expires = size * 3
        counts[name] = app.Table(f"{catalogue.prefix}pair-counts-{name}", default=int, key_type=str,
                                 value_type=int, partitions=partitions).tumbling(size, expires=expires).relative_to(at_event_time)  # type: ignore[attr-defined]
        goldstein[name] = app.Table(f"{catalogue.prefix}pair-goldstein-{name}", default=float, key_type=str,
                                    value_type=float, partitions=partitions).tumbling(size, expires=expires).relative_to(at_event_time)  # type: ignore[attr-defined]

    def stats(pair: str, event_type: str, timestamp: float) -> list[WindowStats]:
        def at(table: Any, key: str, moment: float) -> Any:
            return table.table._windowed_timestamp(key, moment)

        return [
            window_stats(
                name, timestamp,
                type_count=at(counts[name], f"{pair}|{event_type}", timestamp),
                total_count=at(counts[name], f"{pair}|*", timestamp),
                goldstein_sum=at(goldstein[name], pair, timestamp),
                previous_count=at(counts[name], f"{pair}|*", timestamp - size.total_seconds()),
                previous_goldstein_sum=at(goldstein[name], pair, timestamp - size.total_seconds()),
            )
            for name, size in WINDOWS.items()
        ]

    # events.extracted is keyed by pair, so each partition owns every table key of its pairs
    @app.agent(extracted, name=f"{settings.app_id}.enrich")
    async def enrich_events(stream):  # type: ignore[no-untyped-def]
        async for message_event in finished_events(stream.events()):
            try:
                event = with_actor_ids(ExtractedEvent.model_validate_json(message_event.value))
            except ValueError as error:
                await send_dead_letter(deadletters, message_event, f"not an extracted event, not enriched: {error}")
                continue
            seen_at = datetime.fromtimestamp(message_event.message.timestamp, tz=timezone.utc)
            timestamp = event_time[0] = count_time(event, seen_at).timestamp()
            pair = pair_key(event)
            stored = pairs.get(pair)
            state = PairState.model_validate_json(stored) if stored else PairState()
            enriched, replay = place_in_cluster(state, event, seen_at)
            if not replay:  # a replayed report's effects went out with the state that remembers it
                if enriched.first_report:  # windows count events, not reports
                    for name in WINDOWS:
                        counts[name][f"{pair}|{event.event_type.value}"] += 1
                        counts[name][f"{pair}|*"] += 1
                        goldstein[name][pair] += event.codes.goldstein
                enriched = enriched.model_copy(update={"windows": stats(pair, event.event_type.value, timestamp)})
                alerts = [a for a in alerts_for(enriched, rules, datetime.now(timezone.utc))
                          if a.alert_id not in state.alerted]
                # the event, its alerts and mentions are written before the state that says they were:
                # a crash in between sends them again, never loses them
                await _sent([await enriched_topic.send(key=enriched.event_id.encode(),
                                                       value=enriched.model_dump_json().encode())])
                for alert in alerts:
                    await _sent([await alerts_topic.send(key=alert.alert_id.encode(),
                                                         value=alert.model_dump_json().encode())])
                    state.remember_alert(alert.alert_id)
                    log.info("alert %s (%s) for event %s", alert.alert_id, alert.rule, enriched.event_id)
                await _send_mentions(mentions_topic, enriched, seen_at)
            pairs[pair] = state.model_dump_json().encode()
            await _changelogs_written(app)
            log.info("event %s in cluster %s (%d mentions)", enriched.event_id, enriched.cluster_id,
                     enriched.mentions)


async def _changelogs_written(app: Any, timeout: float = 10.0) -> None:
    """Wait until the table changes of this event have left faust's producer buffer.

    Table writes are queued, and a worker stopped right after an event could drop what was still
    queued (faust's buffer flush on stop gives up after 0.1 s without progress). Waiting here
    means state is on its way to the changelog before the event's effects are visible."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while app.producer.buffer.size and loop.time() < deadline:
        await asyncio.sleep(0.005)


async def _send_mentions(topic: Any, event: EnrichedEvent, seen_at: datetime) -> None:
    sent = []
    for actor in event.source + event.target:
        if actor.actor_id:
            mention = ActorMention(actor=actor, event_id=event.event_id, seen_at=seen_at)
            sent.append(await topic.send(key=actor.actor_id.encode(), value=mention.model_dump_json().encode()))
    await _sent(sent)


async def _sent(deliveries: list[Any]) -> None:
    """Wait until the broker has the messages."""
    await asyncio.gather(*deliveries)


def attach_actor_registry(pipeline: Pipeline) -> None:
    """The actors table: canonical name, spellings and mention counts per actor id."""
    catalogue = pipeline.catalogue
    mentions = pipeline.topic(catalogue.actor_mentions)
    deadletters = pipeline.topic(catalogue.deadletter)
    actors = pipeline.app.Table(f"{catalogue.prefix}actors", default=None, key_type=str, value_type=bytes,
                                partitions=catalogue.partitions)

    @pipeline.app.agent(mentions, name=f"{pipeline.settings.app_id}.actors")
    async def register_actors(stream):  # type: ignore[no-untyped-def]
        async for event in finished_events(stream.events()):
            try:
                mention = ActorMention.model_validate_json(event.value)
            except ValueError as error:
                await send_dead_letter(deadletters, event, f"not an actor mention, not registered: {error}")
                continue
            key = event.key or b""
            stored = actors.get(key.decode())
            record = ActorRecord.model_validate_json(stored) if stored else ActorRecord.first(mention)
            record.observe(mention)
            actors[key.decode()] = record.model_dump_json().encode()
