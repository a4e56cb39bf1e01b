from datetime import datetime, timezone

from pipeline.enrichment.clusters import PairState
from pipeline.enrichment.report import enrich_report
from pipeline.models import Actor, ActorKind, Codes, EventStatus, EventType, Evidence, ExtractedEvent

NOW = datetime(2026, 3, 10, 12, tzinfo=timezone.utc)


def event(event_id: str, source: str, target: str, date: str | None = "2026-03-09", outlet: str = "Gazette",
          event_type: EventType = EventType.MEET, goldstein: float = 1.0) -> ExtractedEvent:
    return ExtractedEvent(
        event_id=event_id, article_id=f"article-{event_id}", event_type=event_type,
        source=[Actor(name=source, kind=ActorKind.STATE, country=source)],
        target=[Actor(name=target, kind=ActorKind.STATE, country=target)],
        trigger="met", evidence=Evidence(text="x", start=0, end=1), date=date, status=EventStatus.OCCURRED,
        confidence=0.8, codes=Codes(cameo="040", cameo_name="Consult", goldstein=goldstein, quad_class=1),
        published_at=NOW, article_source=outlet,
    )


def counts(windows: list) -> list[tuple[str, int, int]]:
    return [(w.window, w.type_count, w.total_count) for w in windows]


def test_only_the_first_report_of_an_event_counts_in_the_windows():
    state = PairState()
    first, _ = enrich_report(state, event("a", "JPN", "KOR"), NOW)
    second, _ = enrich_report(state, event("b", "KOR", "JPN", outlet="Ledger"), NOW)
    assert second.cluster_id == first.cluster_id
    assert counts(first.windows) == counts(second.windows) == [("hour", 1, 1), ("day", 1, 1)]


def test_a_replayed_report_is_not_counted_again():
    state = PairState()
    enrich_report(state, event("a", "JPN", "KOR"), NOW)
    replayed, replay = enrich_report(state, event("a", "JPN", "KOR"), NOW)
    assert replay and counts(replayed.windows) == [("hour", 1, 1), ("day", 1, 1)]


def test_an_event_counts_on_its_own_day_at_the_hour_its_article_was_published():
    state = PairState()
    enriched, _ = enrich_report(state, event("a", "JPN", "KOR", date="2026-03-07"), NOW)
    assert [w.start for w in enriched.windows] == [datetime(2026, 3, 7, 12, tzinfo=timezone.utc),
                                                   datetime(2026, 3, 7, tzinfo=timezone.utc)]


def test_the_pair_state_keeps_its_window_counts_through_the_table():
    state = PairState()
    enrich_report(state, event("a", "JPN", "KOR", event_type=EventType.CONDEMN, goldstein=-2.0), NOW)
    restored = PairState.model_validate_json(state.model_dump_json())
    later, _ = enrich_report(restored, event("b", "JPN", "KOR", goldstein=4.0), NOW)  # a meeting, the same day
    assert counts(later.windows) == [("hour", 1, 2), ("day", 1, 2)]
    assert [w.goldstein_mean for w in later.windows] == [1.0, 1.0]


def test_a_state_stored_before_windows_were_kept_in_it_still_reads():
    stored = b'{"clusters": [], "alerted": ["x"]}'
    assert PairState.model_validate_json(stored).windows == {}
