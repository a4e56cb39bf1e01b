"""The topic catalogue: every topic demarche reads or writes, its key and its message model."""

from dataclasses import dataclass

from pydantic import BaseModel

from pipeline.models import Alert, Article, DeadLetter, EnrichedEvent, EventType, ExtractedEvent

__all__ = ["DEFAULT_PARTITIONS", "TopicSpec", "TopicCatalogue", "event_type_topic_name"]

DEFAULT_PARTITIONS = 4  # up to four workers share every stage; DEMARCHE_TOPIC_PARTITIONS changes it


@dataclass(frozen=True)
class TopicSpec:
    """A topic: its full name, what its messages are keyed by, and their model."""

    name: str
    key: str
    model: type[BaseModel]
    partitions: int
    description: str


def event_type_topic_name(event_type: EventType) -> str:
    return f"events.{event_type.value.lower()}"


class TopicCatalogue:
    """All topics under one prefix, with one partition count."""

    def __init__(self, prefix: str = "", partitions: int = DEFAULT_PARTITIONS) -> None:
        self.prefix = prefix
        self.partitions = partitions
        self.articles_raw = self._spec("articles.raw", "article_id", Article, "raw articles from producers")
        self.deadletter = self._spec(
            "articles.deadletter", "article_id", DeadLetter, "input that could not be read, with the reason"
        )
        self.events_extracted = self._spec(
            "events.extracted", "pair", ExtractedEvent,
            "events as read from one article; keyed by the pair of actors, so that one worker owns a pair",
        )
        self.events_enriched = self._spec(
            "events.enriched", "event_id", EnrichedEvent, "every event, clustered across articles"
        )
        self.events_by_type = {
            t: self._spec(event_type_topic_name(t), "event_id", EnrichedEvent, f"{t.value} events only")
            for t in EventType
        }
        self.alerts = self._spec("alerts", "alert_id", Alert, "events that set off an alert rule")

    def _spec(self, base: str, key: str, model: type[BaseModel], description: str) -> TopicSpec:
        return TopicSpec(f"{self.prefix}{base}", key, model, self.partitions, description)

    def all(self) -> list[TopicSpec]:
        return [
            self.articles_raw,
            self.deadletter,
            self.events_extracted,
            self.events_enriched,
            *self.events_by_type.values(),
            self.alerts,
        ]

    def by_name(self, name: str) -> TopicSpec | None:
        return next((t for t in self.all() if t.name == name), None)
