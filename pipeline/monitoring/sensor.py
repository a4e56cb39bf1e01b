"""A faust sensor that counts what passes through the topics: articles in, dead letters, events, alerts."""

from typing import Any

from faust import Sensor
from faust.types import TP, Message

from pipeline.monitoring.metrics import PipelineMetrics
from pipeline.topics import TopicCatalogue

__all__ = ["TopicCounter"]


class TopicCounter(Sensor):
    """Counts messages by topic, so that no agent needs to know about metrics to be measured."""

    def __init__(self, metrics: PipelineMetrics, catalogue: TopicCatalogue, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.metrics = metrics
        self.articles_topic = catalogue.articles_raw.name
        self.deadletter_topic = catalogue.deadletter.name
        self.alerts_topic = catalogue.alerts.name
        self.event_types = {spec.name: event_type.value for event_type, spec in catalogue.events_by_type.items()}

    def on_message_in(self, tp: TP, offset: int, message: Message) -> None:
        if tp.topic == self.articles_topic:
            self.metrics.articles.inc()

    def on_send_completed(self, producer: Any, state: Any, metadata: Any) -> None:
        topic = metadata.topic
        if topic == self.deadletter_topic:
            self.metrics.dead_letters.inc()
        elif topic == self.alerts_topic:
            self.metrics.alerts.inc()
        elif topic in self.event_types:
            self.metrics.events.labels(event_type=self.event_types[topic]).inc()
