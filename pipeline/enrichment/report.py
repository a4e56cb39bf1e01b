"""One report enriched from its pair's state: placed in its cluster and counted in the pair's windows."""

from datetime import datetime

from pipeline.enrichment.clusters import PairState, place_in_cluster
from pipeline.enrichment.event_time import count_time
from pipeline.enrichment.windows import count_event, windows_at
from pipeline.models import EnrichedEvent, ExtractedEvent

__all__ = ["enrich_report"]


def enrich_report(state: PairState, event: ExtractedEvent, seen_at: datetime) -> tuple[EnrichedEvent, bool]:
    """Place a report in its cluster and, the first report of an event, count it at its event time.

    Windows count events, not reports, and a replayed report is not counted again. Returns the
    enriched event, with what its windows say, and whether the report had been placed before."""
    enriched, replay = place_in_cluster(state, event, seen_at)
    timestamp = count_time(event, seen_at).timestamp()
    counted = None
    if enriched.first_report and not replay:
        counted = count_event(state.windows, event.event_type.value, event.codes.goldstein, timestamp)
    enriched.windows = windows_at(state.windows, event.event_type.value, timestamp, counted)
    return enriched, replay
