"""Tumbling windows of event counts and Goldstein scores per pair of actors."""

from datetime import datetime, timedelta, timezone

from pipeline.models import WindowStats

__all__ = ["WINDOWS", "window_start", "window_stats"]

WINDOWS = {"hour": timedelta(hours=1), "day": timedelta(days=1)}


def window_start(timestamp: float, size: timedelta) -> datetime:
    """Start of the tumbling window (aligned to the epoch, as faust aligns them) holding `timestamp`."""
    seconds = size.total_seconds()
    return datetime.fromtimestamp(timestamp - timestamp % seconds, tz=timezone.utc)


def window_stats(name: str, timestamp: float, type_count: int, total_count: int, goldstein_sum: float,
                 previous_count: int, previous_goldstein_sum: float) -> WindowStats:
    return WindowStats(
        window=name,
        start=window_start(timestamp, WINDOWS[name]),
        type_count=type_count,
        total_count=total_count,
        goldstein_mean=round(goldstein_sum / total_count, 3) if total_count else 0.0,
        previous_goldstein_mean=round(previous_goldstein_sum / previous_count, 3) if previous_count else None,
    )
