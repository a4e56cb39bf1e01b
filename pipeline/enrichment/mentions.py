"""Actor mentions summed over a batch of events: one message per actor and spelling, with a count."""

from datetime import datetime

from pipeline.models import ActorMention, EnrichedEvent

__all__ = ["MentionTally"]


class MentionTally:
    """The mentions of a batch's events, in the order the actors were first named."""

    def __init__(self) -> None:
        self.by_spelling: dict[tuple[str, str], ActorMention] = {}

    def add(self, event: EnrichedEvent, seen_at: datetime) -> None:
        """Count each actor of `event` that has a canonical id, under the name the event gave it."""
        for actor in event.source + event.target:
            if not actor.actor_id:
                continue
            known = self.by_spelling.get((actor.actor_id, actor.name))
            if known is None:
                self.by_spelling[(actor.actor_id, actor.name)] = ActorMention(
                    actor=actor, event_id=event.event_id, seen_at=seen_at)
                continue
            first = min(known.first_seen_at or known.seen_at, seen_at)
            known.count += 1
            known.event_id, known.seen_at = event.event_id, max(known.seen_at, seen_at)
            known.first_seen_at = first if first < known.seen_at else None

    def mentions(self) -> list[ActorMention]:
        return list(self.by_spelling.values())
