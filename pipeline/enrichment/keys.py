"""Keys that group events: the pair of actors involved, and the directed dyad of one event type."""

from pipeline.models import Actor, EventType, ExtractedEvent

__all__ = ["SYMMETRIC", "dyad_key", "pair_key", "participant_codes"]

SYMMETRIC = {EventType.MEET, EventType.AGREE}


def participant_codes(actors: list[Actor]) -> list[str]:
    """Sorted codes of the states and organisations among the actors (persons count as their state)."""
    return sorted({code for a in actors if (code := a.country or a.code)})


def pair_key(event: ExtractedEvent) -> str:
    """Everyone coded on either side, sorted: the partition key of cross-article state.

    """
    return "+".join(participant_codes(event.source + event.target)) or "-"


def dyad_key(event: ExtractedEvent) -> str:
    """Type and who did it to whom; symmetric types pool their actors ("A met B" is "B met A")."""
    if event.event_type in SYMMETRIC:
        return f"{event.event_type}:{'+'.join(participant_codes(event.source + event.target))}"
    source = "+".join(participant_codes(event.source))
    target = "+".join(participant_codes(event.target))
    return f"{event.event_type}:{source}>{target}"
