"""The route agent: every enriched event to the topic of its type."""

import logging

from pipeline.app import Pipeline
from pipeline.models import EnrichedEvent

__all__ = ["attach_route_agent"]

log = logging.getLogger(__name__)


def attach_route_agent(pipeline: Pipeline) -> None:
    catalogue = pipeline.catalogue
    enriched = pipeline.topic(catalogue.events_enriched)
    by_type = {t: pipeline.topic(spec) for t, spec in catalogue.events_by_type.items()}

    @pipeline.app.agent(enriched, name=f"{pipeline.settings.app_id}.route")
    async def route_events(stream):  # type: ignore[no-untyped-def]
        async for key, raw in stream.items():
            try:
                event = EnrichedEvent.model_validate_json(raw)
            except ValueError as error:
                log.error("not an enriched event, not routed: %s", error)
                continue
            await by_type[event.event_type].send(key=key, value=raw)
