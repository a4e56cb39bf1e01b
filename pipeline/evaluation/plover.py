"""Score the extractor on PLOVER gold records (sentences from the CAMEO manual with ISO3 actors)."""

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.data import data_path
from pipeline.extraction.extractor import EventExtractor
from pipeline.models import Article, EventType

__all__ = ["PLOVER_TO_EVENT_TYPES", "PloverScore", "load_records", "score_records"]

# PLOVER v0.5 names in the gold file and the demarche types that code the same events. The two
# schemes cut differently: v0.5 AGREE is an intent to cooperate (CAMEO 03, our ANNOUNCE when it is
# not a concluded agreement) and v0.5 SUPPORT includes signing agreements (CAMEO 057, our AGREE).
PLOVER_TO_EVENT_TYPES: dict[str, set[EventType]] = {
    "CONSULT": {EventType.MEET},
    "AGREE": {EventType.AGREE, EventType.ANNOUNCE},
    "SUPPORT": {EventType.SUPPORT, EventType.AGREE},
    "DEMAND": {EventType.REQUEST},
    "DISAPPROVE": {EventType.CONDEMN},
    "REJECT": {EventType.REJECT},
    "THREATEN": {EventType.THREATEN},
    "SANCTION": {EventType.SANCTION},
}


@dataclass
class PloverScore:
    records: int = 0
    typed: int = 0
    with_country_source: int = 0
    source_right: int = 0
    per_type: dict[str, list[int]] = field(default_factory=dict)
    misses: list[tuple[str, str]] = field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        return self.typed / self.records if self.records else 0.0

    @property
    def source_accuracy(self) -> float:
        return self.source_right / self.with_country_source if self.with_country_source else 0.0


def load_records(path: Path) -> list[dict[str, Any]]:
    """Gold records whose event maps onto a demarche event type."""
    records = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in records if r.get("event") in PLOVER_TO_EVENT_TYPES and r.get("text")]


def state_codes() -> set[str]:
    """Every ISO 3166-1 alpha-3 code the gazetteer knows."""
    gazetteer = json.loads(data_path("gazetteer.json").read_text(encoding="utf-8"))
    return {state["iso3"] for state in gazetteer["states"]}


def _codes(actors: Any) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {a["code"] for a in actors if isinstance(a, dict) and isinstance(a.get("code"), str)}


def score_records(records: list[dict[str, Any]], extractor: EventExtractor) -> PloverScore:
    """Type accuracy: a record counts when an event of its type is extracted from its sentence.
    Source accuracy: of those whose gold source is a state (ISO3), the share whose extracted
    source names it (for MEET and AGREE, either side)."""
    score = PloverScore()
    iso3 = state_codes()
    articles = [Article(id=r["id"], text=r["text"], published_at=datetime(2000, 1, 1, tzinfo=timezone.utc))
                for r in records]
    for record, (_article, events) in zip(records, extractor.extract_many(articles)):
        wanted = PLOVER_TO_EVENT_TYPES[record["event"]]
        label = record["event"]
        score.records += 1
        tally = score.per_type.setdefault(label, [0, 0])
        tally[1] += 1
        typed = [e for e in events if e.event_type in wanted]
        if not typed:
            score.misses.append((label, record["text"]))
            continue
        score.typed += 1
        tally[0] += 1
        gold_sources = _codes(record.get("source")) & iso3
        if not gold_sources:
            continue  # sector codes such as IGO, or non-ISO codes such as JAP
        symmetric = {EventType.MEET, EventType.AGREE}
        if wanted & symmetric:
            gold_sources |= _codes(record.get("target")) & iso3
        score.with_country_source += 1
        predicted = {a.country for e in typed for a in e.source + (e.target if e.event_type in symmetric else [])}
        if predicted & gold_sources:
            score.source_right += 1
    return score
