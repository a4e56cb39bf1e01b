from datetime import datetime, timedelta, timezone

from pipeline.enrichment.mentions import MentionTally
from pipeline.models import Actor, ActorKind, Codes, EnrichedEvent, EventStatus, EventType, Evidence

SEEN = datetime(2026, 3, 10, 12, tzinfo=timezone.utc)


def enriched(event_id: str, source: str, target: str = "Venezuela") -> EnrichedEvent:
    def state(name: str) -> Actor:
        return Actor(name=name, kind=ActorKind.STATE, country="VEN" if name == "Venezuela" else "CAN",
                     actor_id="state:VEN" if name == "Venezuela" else "state:CAN")
    return EnrichedEvent(
        event_id=event_id, article_id="a", event_type=EventType.SANCTION, source=[state(source)],
        target=[state(target), Actor(name="someone", kind=ActorKind.PERSON)], trigger="sanctioned",
        evidence=Evidence(text="x", start=0, end=1), status=EventStatus.OCCURRED, confidence=0.9,
        codes=Codes(cameo="163", cameo_name="Sanction", goldstein=-8.0, quad_class=4), pair="CAN+VEN",
        cluster_id="c", mentions=1, sources=["s"], first_seen=SEEN, last_seen=SEEN, first_report=True,
    )


def test_mentions_of_one_actor_in_one_spelling_are_one_message_with_their_count():
    tally = MentionTally()
    tally.add(enriched("e1", "Canada"), SEEN)
    tally.add(enriched("e2", "Canada"), SEEN + timedelta(seconds=2))
    tally.add(enriched("e3", "Kanada"), SEEN + timedelta(seconds=1))
    found = [(m.actor.actor_id, m.actor.name, m.count) for m in tally.mentions()]
    assert found == [("state:CAN", "Canada", 2), ("state:VEN", "Venezuela", 3), ("state:CAN", "Kanada", 1)]


def test_a_summed_mention_names_the_last_event_and_the_first_and_last_time_seen():
    tally = MentionTally()
    tally.add(enriched("e1", "Canada"), SEEN + timedelta(seconds=5))
    tally.add(enriched("e2", "Canada"), SEEN)
    canada = tally.mentions()[0]
    assert (canada.event_id, canada.seen_at, canada.first_seen_at) == ("e2", SEEN + timedelta(seconds=5), SEEN)


def test_a_single_mention_has_no_separate_first_time():
    tally = MentionTally()
    tally.add(enriched("e1", "Canada"), SEEN)
    assert [(m.count, m.first_seen_at) for m in tally.mentions()] == [(1, None), (1, None)]


def test_actors_without_a_canonical_id_are_not_counted():
    tally = MentionTally()
    tally.add(enriched("e1", "Canada"), SEEN)
    assert "someone" not in {m.actor.name for m in tally.mentions()}
