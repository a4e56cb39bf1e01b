"""Where an event took place, and the states a visit goes to."""

from spacy.tokens import Token

from pipeline.extraction.actors import ActorResolver, core_tokens
from pipeline.extraction.clauses import clause_tokens
from pipeline.extraction.document import ArticleDoc
from pipeline.extraction.triggers import Trigger
from pipeline.models import Actor, Location

__all__ = ["event_location", "visited_states"]


def event_location(trigger: Trigger, parsed: ArticleDoc) -> Location | None:
    """Where the trigger's clause says the event took place, or None."""
    found = _place(trigger, parsed)
    return found[0] if found else None


def visited_states(trigger: Trigger, parsed: ArticleDoc, resolver: ActorResolver,
                   venues: dict[tuple[str, ...], str]) -> list[Actor]:
    """The states a visit goes to: "take him to Vienna and Paris" visits Austria and France; a venue
    city that hosts talks ("Geneva") is visited by no one."""
    found = _place(trigger, parsed)
    if found is None or found[0].country is None or tuple(found[0].name.split()) in venues:
        return []
    countries = [found[0].country]
    for place in found[1].conjuncts:
        mention = parsed.mention_at.get(place.i)
        if mention is not None and mention.referent.country and place.i not in parsed.venue_at:
            countries.append(mention.referent.country)
    return [a for a in (resolver.state_actor(c) for c in dict.fromkeys(countries)) if a is not None]


def _place(trigger: Trigger, parsed: ArticleDoc) -> tuple[Location, Token] | None:
    """Where the trigger's clause says it took place, and the word that names it."""
    clause = clause_tokens(trigger)
    anchors = {t.i for t in (trigger.token, trigger.verb) if t is not None}
    for token in sorted(clause, key=lambda t: t.i):
        near = any(a.i in anchors for a in list(token.ancestors)[:5])
        in_place = token.dep_ == "pobj" and (token.head.lower_ in ("in", "at") or (
            token.head.lower_ == "to" and trigger.entry.cameo == "042" and token.head.head.i in anchors))
        visited = token.dep_ == "dobj" and trigger.entry.cameo == "042" and token.head.i in anchors
        if not (near and (in_place or visited)):
            continue
        for t in core_tokens(token, follow_of=False):
            mention = parsed.mention_at.get(t.i)
            if mention is not None and mention.referent.country:
                name = parsed.doc[mention.start:mention.end].text
                return Location(name=name, country=mention.referent.country), token
        if token.i in parsed.venue_at:
            return Location(name=token.text, country=parsed.venue_at[token.i]), token
        if token.ent_type_ in ("GPE", "LOC", "FAC") and token.i not in parsed.person_at:
            # a place the gazetteer does not know ("in Busan"): its name, its country unknown
            place = next(e for e in parsed.doc.ents if e.start <= token.i < e.end)
            return Location(name=place.text.removeprefix("the "), country=None), token
    return None
