"""Where an event took place, and the states a visit goes to."""

from spacy.tokens import Token

from pipeline.extraction.actors import ActorResolver, core_tokens
from pipeline.extraction.clauses import clause_tokens
from pipeline.extraction.document import ArticleDoc
from pipeline.extraction.triggers import Trigger
from pipeline.models import Actor, Location

__all__ = ["event_place", "visited_states"]


def visited_states(location: Location, word: Token, parsed: ArticleDoc, resolver: ActorResolver) -> list[Actor]:
    """The states a visit to `location` (named by `word`) goes to: "take him to Vienna and Paris"
    visits Austria and France."""
    countries = [location.country] + [
        mention.referent.country for place in word.conjuncts
        if (mention := parsed.mention_at.get(place.i)) is not None and mention.referent.country
        and place.i not in parsed.venue_at]
    return [a for a in (resolver.state_actor(c) for c in dict.fromkeys(countries)) if a is not None]


def event_place(trigger: Trigger, parsed: ArticleDoc) -> tuple[Location, Token] | None:
    """Where the trigger's clause says the event took place, and the word that names it, or None."""
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
        named = parsed.venue_at.get(token.i) or next(  # "in Geneva", "in New York"; "in Xinjiang province"
            (parsed.region_at[t.i] for t in core_tokens(token, follow_of=False) if t.i in parsed.region_at), None)
        if named is not None:
            start, end, country = named
            return Location(name=parsed.doc[start:end].text, country=country), token
        if token.ent_type_ in ("GPE", "LOC", "FAC") and token.i not in parsed.person_at:
            # a place the gazetteer does not know ("in Busan"): its name, its country unknown
            place = next(e for e in parsed.doc.ents if e.start <= token.i < e.end)
            return Location(name=place.text.removeprefix("the "), country=None), token
    return None
