from datetime import datetime, timedelta, timezone

import pytest
from faust.windows import TumblingWindow

from pipeline.enrichment.windows import KEPT, WINDOWS, WindowCount, count_event, window_start, windows_at

NOON = datetime(2026, 3, 10, 12, 30, tzinfo=timezone.utc).timestamp()
HOUR = 3600.0
DAY = 86400.0


def stats(windows: dict[str, list[WindowCount]], event_type: str, timestamp: float) -> dict[str, tuple]:
    return {s.window: (s.type_count, s.total_count, s.goldstein_mean, s.previous_goldstein_mean)
            for s in windows_at(windows, event_type, timestamp)}


@pytest.mark.parametrize("timestamp", [0.0, NOON, NOON + 0.5, NOON - 1800.0, NOON + 41 * HOUR + 59 * 60])
@pytest.mark.parametrize("name", list(WINDOWS))
def test_windows_start_where_fausts_tumbling_windows_start(name: str, timestamp: float):
    size = WINDOWS[name].total_seconds()
    faust_start, _end = TumblingWindow(size, expires=size * 3).current(timestamp)
    assert window_start(timestamp, WINDOWS[name]).timestamp() == faust_start


def test_an_event_is_counted_in_its_hour_and_its_day():
    windows: dict[str, list[WindowCount]] = {}
    count_event(windows, "CONDEMN", -2.0, NOON)
    count_event(windows, "MEET", 1.0, NOON + 60)
    assert stats(windows, "CONDEMN", NOON) == {"hour": (1, 2, -0.5, None), "day": (1, 2, -0.5, None)}


def test_an_event_in_the_next_hour_starts_a_new_hour_but_counts_in_the_same_day():
    windows: dict[str, list[WindowCount]] = {}
    count_event(windows, "MEET", 4.0, NOON)
    count_event(windows, "CONDEMN", -6.0, NOON + HOUR)
    assert stats(windows, "CONDEMN", NOON + HOUR) == {"hour": (1, 1, -6.0, 4.0), "day": (1, 2, -1.0, None)}


def test_the_previous_mean_is_of_the_window_just_before_not_of_an_older_one():
    windows: dict[str, list[WindowCount]] = {}
    count_event(windows, "MEET", 4.0, NOON - 2 * HOUR)
    count_event(windows, "MEET", 2.0, NOON)
    assert stats(windows, "MEET", NOON)["hour"] == (1, 1, 2.0, None)


def test_a_late_event_counts_in_its_own_window_and_sees_the_one_before_it():
    windows: dict[str, list[WindowCount]] = {}
    count_event(windows, "MEET", 3.0, NOON - HOUR)
    count_event(windows, "MEET", 1.0, NOON + HOUR)
    count_event(windows, "MEET", 5.0, NOON - HOUR + 60)  # read after the newer one
    assert stats(windows, "MEET", NOON - HOUR)["hour"] == (2, 2, 4.0, None)
    assert stats(windows, "MEET", NOON)["hour"] == (0, 0, 0.0, 4.0)


def test_a_window_with_no_events_has_zero_counts_and_no_previous_mean():
    assert stats({}, "MEET", NOON)["hour"] == (0, 0, 0.0, None)


def test_windows_older_than_the_kept_ones_before_the_newest_expire():
    windows: dict[str, list[WindowCount]] = {}
    for hour in range(KEPT + 2):
        count_event(windows, "MEET", 1.0, NOON + hour * HOUR)
    kept = [c.start for c in windows["hour"]]
    newest = int(window_start(NOON + (KEPT + 1) * HOUR, WINDOWS["hour"]).timestamp())
    assert kept == [newest - int(HOUR) * n for n in range(KEPT)]
    assert stats(windows, "MEET", NOON)["hour"] == (0, 0, 0.0, None)


def test_an_event_older_than_the_kept_windows_counts_alone_and_is_not_kept():
    windows: dict[str, list[WindowCount]] = {}
    count_event(windows, "MEET", 1.0, NOON)
    counted = count_event(windows, "CONDEMN", -4.0, NOON - 10 * DAY)
    found = {s.window: (s.type_count, s.total_count) for s in windows_at(windows, "CONDEMN", NOON - 10 * DAY, counted)}
    assert found == {"hour": (1, 1), "day": (1, 1)}
    assert [c.start for c in windows["day"]] == [int(window_start(NOON, WINDOWS["day"]).timestamp())]


def test_counts_survive_the_round_trip_through_json():
    windows: dict[str, list[WindowCount]] = {}
    count_event(windows, "SANCTION", -8.0, NOON)
    restored = {name: [WindowCount.model_validate_json(c.model_dump_json()) for c in counts]
                for name, counts in windows.items()}
    assert stats(restored, "SANCTION", NOON + 60) == stats(windows, "SANCTION", NOON + 60)
    assert timedelta(seconds=windows["day"][0].start % DAY) == timedelta(0)
