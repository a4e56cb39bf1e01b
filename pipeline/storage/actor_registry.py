"""The actor registry: per canonical actor of the stored events, its spellings, codes and counts."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from pipeline.models import ActorKind, ActorRecord

__all__ = ["ActorTotal", "SpellingCount", "actor_records"]


@dataclass(frozen=True)
class ActorTotal:
    """The stored events that name one actor id, under any spelling."""

    actor_id: str
    kind: ActorKind
    events: int
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class SpellingCount:
    """The stored events that name one actor id under one spelling and one code."""

    actor_id: str
    name: str
    code: str | None  # its country, else its organisation code
    events: int


def actor_records(totals: Iterable[ActorTotal], spellings: Iterable[SpellingCount]) -> list[ActorRecord]:
    """One record per actor id of `totals`, in their order, named by its most frequent spelling."""
    variants: dict[str, dict[str, int]] = {}
    codes: dict[str, set[str]] = {}
    for spelling in spellings:
        counts = variants.setdefault(spelling.actor_id, {})
        counts[spelling.name] = counts.get(spelling.name, 0) + spelling.events
        if spelling.code:
            codes.setdefault(spelling.actor_id, set()).add(spelling.code)
    records = []
    for total in totals:
        spelled = sorted(variants.get(total.actor_id, {}).items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
        records.append(ActorRecord(
            actor_id=total.actor_id, name=spelled[0][0] if spelled else total.actor_id, kind=total.kind,
            variants=dict(spelled), codes=sorted(codes.get(total.actor_id, ())), events=total.events,
            first_seen=total.first_seen, last_seen=total.last_seen))
    return records
