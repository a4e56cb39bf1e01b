"""Find the words in a sentence that signal an event, and how they hang together."""

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from pipeline.extraction.evaluations import characterized_object, judged_subject
from pipeline.extraction.lexicon import TriggerEntry, TriggerLexicon
from pipeline.models import EventType

__all__ = ["Trigger", "find_triggers", "governing_verb"]

OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "obj"}
PHONES = {"phone", "telephone", "videoconference", "video", "call"}
# nouns that are an event whenever their owner is named: "Turkey's demand", "Iran's condemnation"
OWNED_NOUN_TYPES = {EventType.REQUEST, EventType.CONDEMN}


@dataclass(frozen=True)
class Trigger:
    """A trigger word; `verb` is the verb of its clause (the word itself for a verb trigger)."""

    token: Token
    entry: TriggerEntry
    is_noun: bool
    verb: Token | None
    denied: bool = False
    target_head: Token | None = None  # the phrase the construction names as the target

    @property
    def event_type(self) -> EventType:
        return self.entry.event_type


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token, or None for a verbless headline."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _verb_entry(token: Token, entries: list[TriggerEntry]) -> TriggerEntry | None:
    children = list(token.children)
    attached = {c.lower_ for c in children if c.dep_ in ("prep", "prt", "agent", "dative")}
    objects = {c.lemma_.lower() for c in children if c.dep_ in OBJECT_DEPS} | {c.lower_ for c in children}
    for entry in entries:
        if entry.preps and not entry.preps & attached:
            continue
        if entry.objects and not entry.objects & objects:
            continue
        if entry.unless_objects & {c.lemma_.lower() for c in children if c.dep_ in OBJECT_DEPS | {"xcomp"}}:
            continue
        return entry
    return None


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj":
        token = token.head
    return token


def _noun_context(token: Token, entry: TriggerEntry, lexicon: TriggerLexicon) -> tuple[Token | None, bool] | None:
    """The clause verb of an event noun and whether the clause denies it; None if not an event."""
    event_type = entry.event_type
    anchor = _first_conjunct(token)
    if anchor.dep_ == "compound" and anchor.head.pos_ == "NOUN":
        anchor = _first_conjunct(anchor.head)  # "a mediation effort", "a peace deal"
    head = anchor.head
    if anchor.dep_ == "ROOT":
        return None, False
    if anchor.dep_ in OBJECT_DEPS and head.lemma_ in lexicon.support_verbs:
        return head, False
    if anchor.dep_ in OBJECT_DEPS and head.lemma_ in lexicon.meeting_support_verbs and event_type is EventType.MEET:
        return head, False
    if event_type in OWNED_NOUN_TYPES and any(c.dep_ == "poss" for c in token.children):
        return governing_verb(token), False  # "Turkey's demand that …", "the council's condemnation"
    if anchor.dep_ == "pobj" and head.lower_ in ("of", "about") and event_type is EventType.MEET and any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children):
        return governing_verb(head), False  # "an account of a phone call between X and Y"
    if anchor.dep_ == "pobj":
        prep = head
        if prep.lower_ in lexicon.scene_preps or (
            prep.lower_ == "of" and prep.head.lower_ == "sidelines"
        ) or (prep.lower_ == "on" and entry.cameo in ("041", "042")):  # "on a visit to", "on a call with"
            return governing_verb(prep), False
    if anchor.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_ in lexicon.happening_verbs:
            return head, False
        if head.lemma_ in lexicon.support_verbs and anchor.dep_ == "nsubjpass":
            return head, False
        predicate = " ".join(t.lower_ for c in head.children if c.dep_ in ("acomp", "attr", "oprd")
                             for t in c.subtree)
        if predicate and any(p in predicate for p in lexicon.denying_predicates):
            return head, True
    return None


def demanded_clause(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """The clause a speaker says must happen: "X said (that) Y must withdraw" gives "withdraw"."""
    if token.lemma_.lower() not in lexicon.speech_verbs:
        return None
    for clause in token.children:
        if clause.dep_ == "ccomp" and any(
            a.dep_ == "aux" and a.lower_ in lexicon.demand_modals for a in clause.children
        ) and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return clause
    return None


def _by_phone(token: Token) -> bool:
    return any(p.lower_ in ("by", "over", "on") and o.lemma_.lower() in PHONES
               for p in token.children for o in p.children if o.dep_ == "pobj")


def _vowed_not_to(token: Token, entry: TriggerEntry) -> bool:
    """"vowed never to give up": a pledge not to act is a refusal."""
    return entry.event_type is EventType.ANNOUNCE and entry.cameo.startswith("03") and any(
        c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children) for c in token.children)


def _judgement(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """Criticism said as a judgement of someone: "called X a liar", "said X's plan was reckless"."""
    judged = characterized_object(token, lexicon) or judged_subject(token, lexicon)
    if judged is None:
        return None
    return Trigger(token, TriggerEntry(EventType.CONDEMN, "111"), is_noun=False, verb=token, target_head=judged)


def find_triggers(sentence: Span, lexicon: TriggerLexicon) -> list[Trigger]:
    triggers = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in lexicon.speech_verbs and _by_phone(token):
            triggers.append(Trigger(token, TriggerEntry(EventType.MEET, "041"), is_noun=False, verb=token))
        if token.pos_ in ("VERB", "AUX") and (judgement := _judgement(token, lexicon)) is not None:
            triggers.append(judgement)
            continue
        if token.pos_ == "VERB" and lemma in lexicon.verbs:
            entry = _verb_entry(token, lexicon.verbs[lemma])
            if entry is not None and entry.event_type is EventType.AGREE and any(
                c.dep_ == "xcomp" for c in token.children
            ):
                entry = replace(entry, cameo="030")  # "agreed to resume flights": an intent
            if entry is not None and entry.cameo == "040" and _by_phone(token):
                entry = replace(entry, cameo="041")  # "spoke by phone with …"
            if entry is not None and _vowed_not_to(token, entry):
                entry = replace(entry, event_type=EventType.REJECT, cameo="120")
            if entry is not None:
                triggers.append(Trigger(token, entry, is_noun=False, verb=token))
        elif token.pos_ == "VERB" and (clause := demanded_clause(token, lexicon)) is not None:
            modal = next(a.lower_ for a in clause.children if a.dep_ == "aux" and a.lower_ in lexicon.demand_modals)
            entry = TriggerEntry(EventType.REQUEST, "100" if modal == "must" else "020")
            triggers.append(Trigger(token, entry, is_noun=False, verb=token))
        elif token.pos_ in ("NOUN", "PROPN") and (lemma in lexicon.nouns or token.lower_ in lexicon.nouns):
            entry = lexicon.nouns.get(token.lower_) or lexicon.nouns[lemma]
            context = _noun_context(token, entry, lexicon)
            if context is not None:
                verb, denied = context
                triggers.append(Trigger(token, entry, is_noun=True, verb=verb, denied=denied))
    return triggers


def with_cameo(trigger: Trigger, cameo: str, event_type: EventType | None = None) -> Trigger:
    entry = replace(trigger.entry, cameo=cameo, event_type=event_type or trigger.entry.event_type)
    return replace(trigger, entry=entry)
