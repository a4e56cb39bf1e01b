"""Tumbling windows of event counts and Goldstein scores per pair of actors, kept in the pair's state.

Windows are aligned to the epoch and count events at their event time (`count_time`). Of each window
size a pair keeps the newest window it has counted in and the `KEPT - 1` before it: enough for the
previous window of a late event too. An event older than those counts alone, as an expired window
of a windowed table would."""

from datetime import datetime, timedelta, timezone

from pydantic import BaseModel, Field

from pipeline.models import WindowStats

__all__ = ["KEPT", "WINDOWS", "WindowCount", "count_event", "window_start", "window_stats", "windows_at"]

WINDOWS = {"hour": timedelta(hours=1), "day": timedelta(days=1)}
KEPT = 3  # windows kept per size, the newest and the two before it


class WindowCount(BaseModel):
    """Events (not reports) of one pair in one window: per type, in all, and the sum of their Goldstein scores."""

    start: int = Field(description="seconds since the epoch")
    types: dict[str, int] = Field(default_factory=dict)
    total: int = 0
    goldstein: float = 0.0


def _start(timestamp: float, size: timedelta) -> int:
    seconds = int(size.total_seconds())
    return int(timestamp // seconds) * seconds


def window_start(timestamp: float, size: timedelta) -> datetime:
    """Start of the tumbling window (aligned to the epoch) holding `timestamp`."""
    return datetime.fromtimestamp(_start(timestamp, size), tz=timezone.utc)


def _kept(counts: list[WindowCount], size: timedelta) -> list[WindowCount]:
    """The newest windows first, none older than `KEPT` windows before the newest."""
    ordered = sorted(counts, key=lambda c: c.start, reverse=True)
    oldest = ordered[0].start - (KEPT - 1) * int(size.total_seconds()) if ordered else 0
    return [c for c in ordered if c.start >= oldest]


def count_event(windows: dict[str, list[WindowCount]], event_type: str, goldstein: float,
                timestamp: float) -> dict[str, WindowCount]:
    """Count one event at `timestamp` in a window of each size, in place; expired windows are dropped.

    Returns the window of each size it was counted in (kept or, when too old, not)."""
    counted = {}
    for name, size in WINDOWS.items():
        start = _start(timestamp, size)
        counts = windows.setdefault(name, [])
        window = next((c for c in counts if c.start == start), None)
        if window is None:
            window = WindowCount(start=start)
            counts.append(window)
        window.types[event_type] = window.types.get(event_type, 0) + 1
        window.total += 1
        window.goldstein += goldstein
        windows[name] = _kept(counts, size)
        counted[name] = window
    return counted


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


def windows_at(windows: dict[str, list[WindowCount]], event_type: str, timestamp: float,
               counted: dict[str, WindowCount] | None = None) -> list[WindowStats]:
    """What the windows holding `timestamp`, and the ones before them, say about events of one type.

    `counted`: the windows `count_event` just counted an event at `timestamp` in (kept or not)."""
    stats = []
    for name, size in WINDOWS.items():
        start = _start(timestamp, size)
        counts = {c.start: c for c in windows.get(name, [])}
        current = (counted or {}).get(name) or counts.get(start) or WindowCount(start=start)
        previous = counts.get(start - int(size.total_seconds())) or WindowCount(start=0)
        stats.append(window_stats(name, timestamp, current.types.get(event_type, 0), current.total,
                                  current.goldstein, previous.total, previous.goldstein))
    return stats
