"""Cluster reports of one real-world event: same type, same participants, dates within a day."""

import hashlib
from datetime import date, datetime

from pydantic import BaseModel, Field

from pipeline.models import Actor, EnrichedEvent, EventType, ExtractedEvent

__all__ = ["Cluster", "DyadClusters", "dyad_key", "place_in_cluster"]

SYMMETRIC = {EventType.MEET, EventType.AGREE}


def _keys(actors: list[Actor]) -> list[str]:
    return sorted({a.country or a.code or a.name for a in actors})


def dyad_key(event: ExtractedEvent) -> str:
    """The partition key of an event's clusters: its type and who took part.

    Symmetric types pool their actors, so "A met B" and "B met A" share a key.
    """
    if event.event_type in SYMMETRIC:
        return f"{event.event_type}:{'+'.join(_keys(event.source + event.target))}"
    return f"{event.event_type}:{'+'.join(_keys(event.source))}>{'+'.join(_keys(event.target))}"


class Cluster(BaseModel):
    cluster_id: str
    date: str | None = None
    location_country: str | None = None
    mentions: int = 0
    sources: list[str] = Field(default_factory=list)
    event_ids: list[str] = Field(default_factory=list)
    first_seen: datetime
    last_seen: datetime


class DyadClusters(BaseModel):
    """All clusters under one dyad key: the value kept in the clusters table."""

    clusters: list[Cluster] = Field(default_factory=list)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value and len(value) == 10 else None


def dates_agree(a: str | None, b: str | None) -> bool:
    """Unknown dates agree with anything; full dates within a day; partial dates by prefix."""
    if a is None or b is None:
        return True
    day_a, day_b = _day(a), _day(b)
    if day_a and day_b:
        return abs((day_a - day_b).days) <= 1
    return a.startswith(b) or b.startswith(a)


def _fits(cluster: Cluster, event: ExtractedEvent) -> bool:
    place = event.location.country if event.location else None
    places_agree = place is None or cluster.location_country is None or place == cluster.location_country
    return dates_agree(cluster.date, event.date) and places_agree


def place_in_cluster(state: DyadClusters, event: ExtractedEvent, seen_at: datetime) -> tuple[DyadClusters, EnrichedEvent]:
    """Add a report to the cluster it belongs to (or a new one); return the new state and the event."""
    key = dyad_key(event)
    cluster = next((c for c in state.clusters if event.event_id in c.event_ids), None)
    replay = cluster is not None
    if cluster is None:
        cluster = next((c for c in state.clusters if _fits(c, event)), None)
    if cluster is None:
        basis = f"{key}|{event.date or ''}|{event.event_id}"
        cluster = Cluster(cluster_id=hashlib.sha256(basis.encode()).hexdigest()[:20],
                          first_seen=seen_at, last_seen=seen_at)
        state = DyadClusters(clusters=[*state.clusters, cluster])
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
    enriched = EnrichedEvent(
        **event.model_dump(),
        cluster_id=cluster.cluster_id,
        mentions=cluster.mentions,
        sources=list(cluster.sources),
        first_seen=cluster.first_seen,
        last_seen=cluster.last_seen,
        first_report=cluster.event_ids[0] == event.event_id,
    )
    return state, enriched
