"""Cluster reports of one real-world event: same type and actors, dates within a day, same place."""

import hashlib
from datetime import date, datetime, timedelta

from pydantic import BaseModel, Field

from pipeline.enrichment.event_time import clustering_date, publication_day
from pipeline.enrichment.keys import dyad_key, pair_key
from pipeline.enrichment.windows import WindowCount
from pipeline.models import EnrichedEvent, ExtractedEvent

__all__ = ["Cluster", "PairState", "dates_agree", "place_in_cluster"]

ALERT_MEMORY = 1000  # alert ids a pair remembers, so that replays never alert twice
CLUSTER_MEMORY = timedelta(days=30)  # clusters not reported for this long are forgotten


class Cluster(BaseModel):
    cluster_id: str
    dyad: str
    date: str | None = None
    reported_on: str | None = Field(default=None, description="the day its first report was published")
    location_country: str | None = None
    mentions: int = 0
    sources: list[str] = Field(default_factory=list)
    event_ids: list[str] = Field(default_factory=list)
    first_seen: datetime
    last_seen: datetime


class PairState(BaseModel):
    """What is known about one pair of actors: the value kept in the pairs table."""

    clusters: list[Cluster] = Field(default_factory=list)
    alerted: list[str] = Field(default_factory=list)
    windows: dict[str, list[WindowCount]] = Field(default_factory=dict, description="per window size, newest first")

    def remember_alert(self, alert_id: str) -> bool:
        """True the first time an alert id is seen."""
        if alert_id in self.alerted:
            return False
        self.alerted = [*self.alerted[-(ALERT_MEMORY - 1):], alert_id]
        return True


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value and len(value) == 10 else None


def dates_agree(a: str | None, b: str | None) -> bool:
    """Unknown dates agree with anything; full dates within a day; partial dates by prefix.

    Events are compared by `clustering_date`, so a date is unknown only when its article has no
    publication time either."""
    if a is None or b is None:
        return True
    day_a, day_b = _day(a), _day(b)
    if day_a and day_b:
        return abs((day_a - day_b).days) <= 1
    return a.startswith(b) or b.startswith(a)


def _dates_fit(cluster: Cluster, event: ExtractedEvent) -> bool:
    """A dated report by its date; an undated one by its publication day, which may match the
    cluster's date or the day the cluster was first reported (within a day either way)."""
    if event.date is not None:
        return dates_agree(cluster.date or cluster.reported_on, event.date)
    known = [day for day in (cluster.date, cluster.reported_on) if day]
    return not known or any(dates_agree(day, clustering_date(event)) for day in known)


def _fits(cluster: Cluster, event: ExtractedEvent) -> bool:
    place = event.location.country if event.location else None
    places_agree = place is None or cluster.location_country is None or place == cluster.location_country
    return cluster.dyad == dyad_key(event) and _dates_fit(cluster, event) and places_agree


def place_in_cluster(state: PairState, event: ExtractedEvent, seen_at: datetime) -> tuple[EnrichedEvent, bool]:
    """Add a report to the cluster it belongs to (or to a new one, added to `state`).

    Returns the enriched event and whether the report had been placed before (a replay)."""
    state.clusters = [c for c in state.clusters if c.last_seen >= seen_at - CLUSTER_MEMORY]
    cluster = next((c for c in state.clusters if event.event_id in c.event_ids), None)
    replay = cluster is not None
    if cluster is None:
        cluster = next((c for c in state.clusters if _fits(c, event)), None)
    if cluster is None:
        basis = f"{dyad_key(event)}|{event.date or ''}|{event.event_id}"
        cluster = Cluster(cluster_id=hashlib.sha256(basis.encode()).hexdigest()[:20], dyad=dyad_key(event),
                          reported_on=publication_day(event), first_seen=seen_at, last_seen=seen_at)
        state.clusters.append(cluster)
    if not replay:
        cluster.mentions += 1
        cluster.event_ids.append(event.event_id)
        cluster.last_seen = max(cluster.last_seen, seen_at)
        outlet = event.article_source or event.article_id
        if outlet not in cluster.sources:
            cluster.sources.append(outlet)
        cluster.date = cluster.date or event.date
        if cluster.location_country is None and event.location is not None:
            cluster.location_country = event.location.country
    enriched = EnrichedEvent.model_construct(  # the event is valid already; the new fields are made here
        **{name: getattr(event, name) for name in ExtractedEvent.model_fields},
        pair=pair_key(event),
        windows=[],
        cluster_id=cluster.cluster_id,
        mentions=cluster.mentions,
        sources=list(cluster.sources),
        first_seen=cluster.first_seen,
        last_seen=cluster.last_seen,
        first_report=cluster.event_ids[0] == event.event_id,
    )
    return enriched, replay
