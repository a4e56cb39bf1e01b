"""The enrich agent: places each extracted event in its cross-article cluster, kept in a table."""

import logging
from datetime import datetime, timezone

from pipeline.app import Pipeline
from pipeline.enrichment.clusters import DyadClusters, dyad_key, place_in_cluster
from pipeline.models import ExtractedEvent

__all__ = ["attach_enrich_agent"]

log = logging.getLogger(__name__)


def attach_enrich_agent(pipeline: Pipeline) -> None:
    catalogue = pipeline.catalogue
    extracted = pipeline.topic(catalogue.events_extracted)
    enriched = pipeline.topic(catalogue.events_enriched)
    clusters = pipeline.app.Table(
        f"{catalogue.prefix}clusters", default=None, key_type=str, value_type=bytes,
        partitions=catalogue.partitions,
    )

    # events.extracted is keyed by dyad, so each partition owns the clusters of its dyads
    @pipeline.app.agent(extracted, name=f"{pipeline.settings.app_id}.enrich")
    async def enrich_events(stream):  # type: ignore[no-untyped-def]
        async for raw in stream:
            event = ExtractedEvent.model_validate_json(raw)
            key = dyad_key(event)
            stored = clusters.get(key)
            state = DyadClusters.model_validate_json(stored) if stored else DyadClusters()
            state, result = place_in_cluster(state, event, datetime.now(timezone.utc))
            clusters[key] = state.model_dump_json().encode()
            await enriched.send(key=result.event_id.encode(), value=result.model_dump_json().encode())
            log.info("event %s in cluster %s (%d mentions)", result.event_id, result.cluster_id, result.mentions)
