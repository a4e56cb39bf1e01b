"""One event per real event within an article: merge repeated mentions of the same event."""

from pipeline.models import Actor, ActorKind, EventStatus, EventType, ExtractedEvent

__all__ = ["merge_duplicates", "same_actor"]

SYMMETRIC = {EventType.MEET, EventType.AGREE}
# events that are things said: two body sentences that say them with different words (compared by
# their first letters, so "negotiate" and "negotiations" are one word) are two events
STATEMENTS = {EventType.REQUEST, EventType.CONDEMN, EventType.THREATEN, EventType.SUPPORT, EventType.REJECT}
# acts done to or with others: told in other words far apart in the article, they are other acts
ACTS = {EventType.AGREE, EventType.SANCTION}


def same_actor(a: Actor, b: Actor, loose: bool = True) -> bool:
    """Two persons match by name; when `loose`, a person matches the state it belongs to."""
    if a.kind is ActorKind.PERSON and b.kind is ActorKind.PERSON:
        return a.name == b.name
    if not loose and (a.kind is ActorKind.PERSON) != (b.kind is ActorKind.PERSON):
        return False
    if a.country and a.country == b.country:
        return True
    if a.code and a.code == b.code:
        return True
    return a.name == b.name


def _covered(small: list[Actor], large: list[Actor], loose: bool) -> bool:
    return all(any(same_actor(s, big, loose) for big in large) for s in small)


def _compatible_sides(a: list[Actor], b: list[Actor], loose: bool) -> bool:
    return _covered(a, b, loose) or _covered(b, a, loose)


def _participants(event: ExtractedEvent) -> tuple[list[Actor], list[Actor]]:
    if event.event_type in SYMMETRIC:
        return [*event.source, *event.target], []
    return event.source, event.target


def is_same_event(a: ExtractedEvent, b: ExtractedEvent, nearby: bool, nearby_headline: bool = True) -> bool:
    """Same type, compatible date, status and actors; persons stand for their state only nearby."""
    if a.event_type != b.event_type:
        return False
    if a.event_type not in SYMMETRIC and a.codes.cameo[:3] != b.codes.cameo[:3]:
        return False  # an expulsion and a cancelled visit are two sanctions, a meeting and a visit may be one
    if a.event_type in STATEMENTS and a.trigger.lower()[:5] != b.trigger.lower()[:5] and not nearby_headline:
        return False  # "urged Turkey to …" and "called on Ankara to …": two appeals, said in two ways
    if a.event_type in ACTS and a.trigger.lower()[:5] != b.trigger.lower()[:5] and not nearby and (
            bool(a.target) == bool(b.target)):
        # "brokered a deal" and, paragraphs later, "negotiated a ceasefire": two agreements; but a
        # mention that names no target may pass over an act told in full elsewhere
        return False
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    if a.status != b.status and {a.status, b.status} != {EventStatus.OCCURRED, EventStatus.ONGOING}:
        return False
    source_a, target_a = _participants(a)
    source_b, target_b = _participants(b)
    if not any(same_actor(x, y, nearby) for x in source_a for y in source_b):
        return False
    return _compatible_sides(source_a, source_b, nearby) and _compatible_sides(target_a, target_b, nearby)


def _union(first: list[Actor], second: list[Actor]) -> list[Actor]:
    merged = list(first)
    for actor in second:
        if not any(same_actor(actor, m) for m in merged):
            merged.append(actor)
    return merged


def _prefer(a: ExtractedEvent, b: ExtractedEvent, headline_ids: set[str]) -> ExtractedEvent:
    """The mention with the better evidence: body text over headlines, more actors, then earlier."""
    def rank(e: ExtractedEvent) -> tuple[int, int, float]:
        return (e.event_id not in headline_ids, len(e.source) + len(e.target), e.confidence)
    return a if rank(a) >= rank(b) else b


def merge_duplicates(events: list[ExtractedEvent], headline_ids: set[str],
                     sentence_of: dict[str, int]) -> list[ExtractedEvent]:
    """Fold each event into an earlier one it repeats; `sentence_of` numbers their sentences."""
    merged: list[ExtractedEvent] = []
    for event in events:
        here = sentence_of[event.event_id]
        match = next((m for m in reversed(merged)
                      if is_same_event(m, event, abs(sentence_of[m.event_id] - here) <= 2,
                                       m.event_id in headline_ids or event.event_id in headline_ids)), None)
        if match is None:
            merged.append(event)
            continue
        best = _prefer(match, event, headline_ids)
        other = event if best is match else match
        combined = best.model_copy(update={
            "source": _union(best.source, other.source),
            "target": [t for t in _union(best.target, other.target)
                       if not any(same_actor(t, s) for s in _union(best.source, other.source))],
            # the more precise of two agreeing dates: "on Oct. 24" over "last week" ("2017-10")
            "date": max((d for d in (best.date, other.date) if d), key=len, default=None),
            "location": best.location or other.location,
            "confidence": max(best.confidence, other.confidence),
        })
        merged[merged.index(match)] = combined
    return merged
