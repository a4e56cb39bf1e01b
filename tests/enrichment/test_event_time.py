"""Event time: windows count an event at its own date, undated events cluster by publication day."""

from datetime import datetime, timezone

from pipeline.enrichment.clusters import PairState, place_in_cluster
from pipeline.enrichment.event_time import clustering_date, count_time
from tests.enrichment.test_clusters import event

SEEN = datetime(2026, 11, 29, 21, 0, tzinfo=timezone.utc)


def published(event_id: str, date: str | None, when: str, outlet: str = "Gazette"):  # type: ignore[no-untyped-def]
    return event(event_id, "SRB", "XKX", date=date, outlet=outlet).model_copy(
        update={"published_at": datetime.fromisoformat(when)})


def test_an_event_counts_on_its_own_day_at_the_hour_its_article_was_published():
    report = published("a", "2026-11-10", "2026-11-12T09:14:00+00:00")
    assert count_time(report, SEEN) == datetime(2026, 11, 10, 9, 14, tzinfo=timezone.utc)


def test_an_undated_event_counts_when_its_article_was_published_not_when_it_was_read():
    report = published("a", None, "2026-11-10T16:30:00+01:00")
    assert count_time(report, SEEN) == datetime(2026, 11, 10, 15, 30, tzinfo=timezone.utc)


def test_a_planned_event_counts_when_it_was_announced():
    report = published("a", "2026-12-03", "2026-11-12T09:00:00+00:00")
    assert count_time(report, SEEN) == datetime(2026, 11, 12, 9, tzinfo=timezone.utc)


def test_a_month_counts_as_the_publication_and_no_publication_as_the_time_read():
    assert count_time(published("a", "2026-10", "2026-11-12T09:00:00+00:00"), SEEN).day == 12
    assert count_time(event("b", "SRB", "XKX", date=None), SEEN) == SEEN


def test_an_undated_event_clusters_by_its_publication_day():
    assert clustering_date(published("a", None, "2026-11-14T23:30:00-02:00")) == "2026-11-15"
    assert clustering_date(published("a", "2026-11-09", "2026-11-14T10:00:00+00:00")) == "2026-11-09"


def test_undated_condemnations_published_days_apart_are_three_events():
    state = PairState()
    found = [place_in_cluster(state, published(f"c{n}", None, f"2026-11-{day}T10:00:00+00:00"), SEEN)[0]
             for n, day in enumerate(("10", "14", "20"))]
    assert len({e.cluster_id for e in found}) == 3
    assert [e.first_report for e in found] == [True, True, True]


def test_an_undated_report_a_day_later_joins_the_dated_report_of_its_event():
    state = PairState()
    dated, _ = place_in_cluster(state, published("a", "2026-11-10", "2026-11-10T18:00:00+00:00"), SEEN)
    undated, _ = place_in_cluster(state, published("b", None, "2026-11-11T07:00:00+00:00", "Ledger"), SEEN)
    later, _ = place_in_cluster(state, published("c", None, "2026-11-13T07:00:00+00:00", "Ledger"), SEEN)
    assert undated.cluster_id == dated.cluster_id and undated.mentions == 2
    assert later.cluster_id != dated.cluster_id
