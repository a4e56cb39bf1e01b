"""The route agent: every enriched event to the topic of its type."""

from pipeline.agents.deadletters import send_dead_letter
from pipeline.agents.holding import finished_events
from pipeline.app import Pipeline
from pipeline.models import EnrichedEvent

__all__ = ["attach_route_agent"]


def attach_route_agent(pipeline: Pipeline) -> None:
    catalogue = pipeline.catalogue
    enriched = pipeline.topic(catalogue.events_enriched)
    by_type = {t: pipeline.topic(spec) for t, spec in catalogue.events_by_type.items()}
    deadletters = pipeline.topic(catalogue.deadletter)

    @pipeline.app.agent(enriched, name=f"{pipeline.settings.app_id}.route")
    async def route_events(stream):  # type: ignore[no-untyped-def]
        async for message_event in finished_events(stream.events()):
            try:
                event = EnrichedEvent.model_validate_json(message_event.value)
            except ValueError as error:
                await send_dead_letter(deadletters, message_event, f"not an enriched event, not routed: {error}")
                continue
            await by_type[event.event_type].send(key=message_event.key, value=message_event.value)
