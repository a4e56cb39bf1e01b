"""Health and Prometheus metrics of a running worker, served by faust's web server."""

from pipeline.monitoring.metrics import PipelineMetrics
from pipeline.monitoring.web import attach_web_pages, health

__all__ = ["PipelineMetrics", "attach_web_pages", "health"]
