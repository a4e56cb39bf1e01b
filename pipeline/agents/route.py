"""The route agent: every enriched event to its type's topic, and to `alerts` when a rule matches."""

import logging
from datetime import datetime, timezone

from pipeline.alerting.rules import alerts_for, load_rules
from pipeline.app import Pipeline
from pipeline.models import EnrichedEvent

__all__ = ["attach_route_agent"]

log = logging.getLogger(__name__)


def attach_route_agent(pipeline: Pipeline) -> None:
    catalogue = pipeline.catalogue
    rules = load_rules(pipeline.settings.alert_rules_path)  # a bad rule file stops the start-up
    enriched = pipeline.topic(catalogue.events_enriched)
    by_type = {t: pipeline.topic(spec) for t, spec in catalogue.events_by_type.items()}
    alerts = pipeline.topic(catalogue.alerts)

    @pipeline.app.agent(enriched, name=f"{pipeline.settings.app_id}.route")
    async def route_events(stream):  # type: ignore[no-untyped-def]
        async for key, raw in stream.items():
            event = EnrichedEvent.model_validate_json(raw)
            await by_type[event.event_type].send(key=key, value=raw)
            for alert in alerts_for(event, rules, datetime.now(timezone.utc)):
                await alerts.send(key=alert.alert_id.encode(), value=alert.model_dump_json().encode())
                log.info("alert %s (%s) for event %s", alert.alert_id, alert.rule, event.event_id)
