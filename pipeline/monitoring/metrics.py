"""The worker's own Prometheus metrics, in a registry of its own (one per app, so tests can make many)."""

from typing import Any, Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

__all__ = ["PipelineMetrics", "ConsumerLag", "EXTRACTION_BUCKETS"]

EXTRACTION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
Offsets = Callable[[], tuple[dict[Any, int], dict[Any, int]]]


class ConsumerLag(Collector):
    """Messages not yet committed per topic partition, computed at each scrape from faust's monitor."""

    def __init__(self, offsets: Offsets) -> None:
        self.offsets = offsets

    def collect(self) -> Iterator[GaugeMetricFamily]:
        lag = GaugeMetricFamily("demarche_consumer_lag", "messages written but not yet committed by this worker",
                                labels=["topic", "partition"])
        ends, committed = self.offsets()
        for tp, end in sorted(ends.items(), key=lambda item: (item[0].topic, item[0].partition)):
            if tp in committed:
                lag.add_metric([tp.topic, str(tp.partition)], max(end - committed[tp], 0))
        yield lag


class PipelineMetrics:
    """Articles, dead letters, events per type, alerts, extraction time, storage retries and lag."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.articles = Counter("demarche_articles", "articles read from articles.raw", registry=self.registry)
        self.dead_letters = Counter("demarche_dead_letters", "inputs sent to the dead-letter topic",
                                    registry=self.registry)
        self.events = Counter("demarche_events", "enriched events routed to their type's topic", ["event_type"],
                              registry=self.registry)
        self.alerts = Counter("demarche_alerts", "alerts raised", registry=self.registry)
        self.extraction_seconds = Histogram("demarche_extraction_seconds", "time to extract the events of an article",
                                            buckets=EXTRACTION_BUCKETS, registry=self.registry)
        self.storage_retries = Counter("demarche_storage_retries", "database writes that failed and were retried",
                                       registry=self.registry)

    def watch_lag(self, offsets: Offsets) -> None:
        self.registry.register(ConsumerLag(offsets))
