from datetime import datetime, timedelta, timezone

from pipeline.enrichment.clusters import PairState, dates_agree, place_in_cluster
from pipeline.models import Actor, ActorKind, Codes, EventStatus, EventType, Evidence, ExtractedEvent

NOW = datetime(2026, 3, 10, 12, tzinfo=timezone.utc)


def event(event_id: str, source: str, target: str, date: str | None = "2026-03-09",
          outlet: str = "Gazette", event_type: EventType = EventType.MEET) -> ExtractedEvent:
    return ExtractedEvent(
        event_id=event_id, article_id=f"article-{event_id}", event_type=event_type,
        source=[Actor(name=source, kind=ActorKind.STATE, country=source)],
        target=[Actor(name=target, kind=ActorKind.STATE, country=target)],
        trigger="met", evidence=Evidence(text="x", start=0, end=1), date=date, status=EventStatus.OCCURRED,
        confidence=0.8, codes=Codes(cameo="040", cameo_name="Consult", goldstein=1.0, quad_class=1),
        article_source=outlet,
    )


def test_two_reports_of_one_meeting_make_one_cluster_with_two_mentions():
    state = PairState()
    first, _ = place_in_cluster(state, event("a", "JPN", "KOR"), NOW)
    second, _ = place_in_cluster(state, event("b", "KOR", "JPN", outlet="Ledger"), NOW + timedelta(hours=1))
    assert first.cluster_id == second.cluster_id and first.pair == "JPN+KOR"
    assert (first.first_report, second.first_report) == (True, False)
    assert (second.mentions, second.sources) == (2, ["Gazette", "Ledger"])
    assert second.first_seen == NOW and second.last_seen == NOW + timedelta(hours=1)


def test_meetings_a_week_apart_are_different_clusters():
    state = PairState()
    first, _ = place_in_cluster(state, event("a", "JPN", "KOR"), NOW)
    second, _ = place_in_cluster(state, event("b", "JPN", "KOR", date="2026-03-16"), NOW)
    assert first.cluster_id != second.cluster_id


def test_a_meeting_and_a_condemnation_of_one_pair_are_different_clusters():
    state = PairState()
    meeting, _ = place_in_cluster(state, event("a", "JPN", "KOR"), NOW)
    blame, _ = place_in_cluster(state, event("b", "JPN", "KOR", event_type=EventType.CONDEMN), NOW)
    assert meeting.cluster_id != blame.cluster_id and meeting.pair == blame.pair


def test_a_replayed_report_is_not_counted_twice():
    state = PairState()
    place_in_cluster(state, event("a", "JPN", "KOR"), NOW)
    replay, replayed = place_in_cluster(state, event("a", "JPN", "KOR"), NOW)
    assert replayed and replay.mentions == 1 and replay.first_report


def test_clusters_not_reported_for_a_month_are_forgotten():
    state = PairState()
    old, _ = place_in_cluster(state, event("a", "JPN", "KOR", date=None), NOW)
    new, _ = place_in_cluster(state, event("b", "JPN", "KOR", date=None), NOW + timedelta(days=31))
    assert old.cluster_id != new.cluster_id and len(state.clusters) == 1


def test_an_alert_id_is_remembered_once():
    state = PairState()
    assert state.remember_alert("x") and not state.remember_alert("x")


def test_unknown_dates_agree_and_full_dates_within_a_day_agree():
    assert dates_agree(None, "2026-03-09")
    assert dates_agree("2026-03-09", "2026-03-10")
    assert not dates_agree("2026-03-09", "2026-03-11")
    assert dates_agree("2026-03", "2026-03-09")
