"""The worker's web pages: /health for probes, /metrics for Prometheus (faust's and demarche's own)."""

from typing import Any

import faust
from faust import web
from faust.sensors.prometheus import setup_prometheus_sensors

from pipeline.monitoring.metrics import PipelineMetrics
from pipeline.monitoring.sensor import TopicCounter
from pipeline.topics import TopicCatalogue

__all__ = ["attach_web_pages", "health"]


def health(app: Any) -> tuple[int, dict[str, Any]]:
    """200 once the worker has recovered its tables and works; 503 while it starts, rebalances or after a crash."""
    if app.crash_reason is not None:
        return 503, {"status": "crashed", "reason": type(app.crash_reason).__name__}
    if not app.tables.recovery.completed.is_set():
        return 503, {"status": "recovering"}
    if app.rebalancing:
        return 503, {"status": "rebalancing"}
    assigned = app.consumer.assignment() if app.consumer is not None else set()
    return 200, {"status": "ok", "partitions": len(assigned)}


def _offsets(app: Any) -> tuple[dict[Any, int], dict[Any, int]]:
    return dict(app.monitor.tp_end_offsets), dict(app.monitor.tp_committed_offsets)


def attach_web_pages(app: faust.App, metrics: PipelineMetrics, catalogue: TopicCatalogue) -> None:
    """faust's Prometheus monitor and demarche's metrics in one registry at /metrics, and /health."""
    setup_prometheus_sensors(app, "/metrics", registry=metrics.registry, name_prefix="faust")
    app.sensors.add(TopicCounter(metrics, catalogue))
    metrics.watch_lag(lambda: _offsets(app))

    @app.page("/health")
    async def health_page(self: web.View, request: web.Request) -> web.Response:
        status, body = health(app)
        return self.json(body, status=status)
