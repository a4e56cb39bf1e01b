"""Whether an event happened, is planned, is ongoing, or was refused or denied."""

from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.extraction.dates import WEEKDAYS
from pipeline.extraction.triggers import Trigger, infinitive, under_way
from pipeline.models import EventStatus

__all__ = ["Modality", "modality_of"]

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can", "ca"}
PLANNING_HEADS = {"set", "schedule", "expect", "plan", "due", "go", "prepare", "intend", "aim", "hope", "agree", "want",
                  "seek", "likely", "poised", "slate", "consider", "weigh", "mull", "contemplate", "try", "attempt",
                  "hesitate"}  # "would not hesitate to freeze assets"
# nouns whose infinitive is intended, not done: "Riyadh's plan to host the talks" (a "decision to ban" is
# mostly told once the ban is in force)
INTENT_NOUNS = {"plan", "plans", "intention", "pledge", "promise", "commitment", "bid", "readiness",
                "willingness", "offer", "proposal", "invitation"}
# verbs that carry out what was intended: "honoured its promise to host the talks" hosted them
FULFILLING_VERBS = {"fulfil", "fulfill", "honour", "honor", "keep", "deliver", "implement", "carry"}
# verbs that take up a plan or proposal as one's own act (not a promise made or an invitation accepted)
ADOPTING_VERBS = {"adopt", "approve", "pass"}


def _intended(verb: Token) -> bool:
    """The infinitive of a plan, pledge or offer, not carried out: "a plan to host talks"."""
    intent = verb.head
    carried_out = intent.dep_ in ("dobj", "nsubjpass") and (intent.head.lemma_.lower() in FULFILLING_VERBS or (
        intent.head.lemma_.lower() in ADOPTING_VERBS and intent.lemma_.lower() in ("plan", "plans", "proposal")))
    return verb.dep_ == "acl" and intent.lemma_.lower() in INTENT_NOUNS and infinitive(verb) and not carried_out


# verbs that ready what their object is: "preparing new sanctions"
PREPARING_VERBS = {"prepare", "draft"}
# verbs of being in a state, which make talks one is in under way: "is in talks with", "remained in contact with"
STATE_VERBS = {"be", "remain", "stay", "keep"}
PLANNED_MODIFIERS = {"upcoming", "planned", "proposed", "scheduled", "forthcoming", "next", "future", "expected"}
ONGOING_MODIFIERS = {"ongoing", "continuing", "current", "constant", "continuous", "regular"}


@dataclass(frozen=True)
class Modality:
    status: EventStatus
    negated: bool
    future: bool
    hypothetical: bool
    conditional: bool  # the event is itself the condition: "if Iran enriches uranium"
    conditioned: bool  # the event depends on a condition: "will recall … unless"


def _children(token: Token | None, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps] if token is not None else []


def _under_a_condition(clause: list[Token]) -> bool:
    """"if she raised the issue when they met", "whether the firms will agree to return", "how Chile
    will negotiate": a clause inside a condition or an open question is as unreal as it."""
    for token in clause:
        for above in [token, *token.ancestors]:
            if above.dep_ == "relcl":
                break  # "if he would tell the president, who plans to visit": a description holds anyway
            if above is not token and above.dep_ in ("advcl", "csubj", "ccomp", "pcomp", "xcomp") and any(
                    c.lower_ in ("if", "unless", "whether") for c in _children(above, {"mark"})):
                return True
            if above.dep_ in ("ccomp", "pcomp", "csubj") and any(
                    c.lower_ in ("how", "why") and c.i < above.i for c in _children(above, {"advmod"})) and (
                    _open_question(above)):
                return True  # "questions over how Chile will negotiate", but "explained why it vetoed" did
    return False


DOUBTS = {"question", "ask", "wonder", "unclear", "uncertain", "doubt", "debate"}


def _open_question(clause: Token) -> bool:
    """A how- or why-clause that asks rather than tells: said of what may happen, or under a word of doubt."""
    if any(a.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for a in _children(clause, {"aux"})):
        return True
    heads = [clause.head, clause.head.head]
    return any(h.lemma_.lower() in DOUBTS for h in heads)


# nouns of what is said to be so without being confirmed: "reports that he would meet Wang"
HEARSAY_NOUNS = {"report", "reports", "rumour", "rumours", "rumor", "rumors", "speculation"}


def _hearsay(clause: list[Token]) -> bool:
    """What reports or rumours say: "declined to comment on reports that he would meet Wang"."""
    for token in clause:
        for above in [token, *token.ancestors]:
            if above.dep_ in ("acl", "ccomp", "relcl") and above.head.pos_ == "NOUN":
                return above.dep_ != "relcl" and above.head.lower_ in HEARSAY_NOUNS and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in above.children)
    return False


def _awaits_a_condition(verb: Token) -> bool:
    """"urged Sweden to extradite them before it would back the bid", "must act before Ankara would
    consider it": what would follow only once another acts (not "visited Beijing, three months before
    he would meet Trump", a later event told in passing)."""
    if verb.dep_ != "advcl" or not any(c.lower_ in ("before", "until") for c in _children(verb, {"mark"})) or not any(
            a.lower_ in ("would", "could") for a in _children(verb, {"aux"})):
        return False
    demand = verb.head
    return demand.dep_ == "xcomp" or any(a.lower_ in ("must", "should") for a in _children(demand, {"aux"}))


DENYING_VERBS = {"deny", "refute", "reject"}


def _denied_act(verb: Token) -> bool:
    """An act its doer denies doing: "Rwanda denies supporting the group"."""
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "ccomp", "dobj", "pcomp") and (
        verb.head.lemma_.lower() in DENYING_VERBS)


# nouns of not doing, whose infinitive is not done: "Trump's refusal to accept a weak deal"
REFUSAL_NOUNS = {"refusal", "reluctance", "unwillingness", "failure", "inability"}


def _refused_act(verb: Token) -> bool:
    """The infinitive of a refusal or failure: "accept" in "his refusal to accept a weak deal"."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in REFUSAL_NOUNS and infinitive(verb)


def _no_plan_to(verb: Token) -> bool:
    """The infinitive of a plan one has not: "meet" in "had no plans to meet Takaichi" (ruled out)."""
    return _intended(verb) and any(d.dep_ == "det" and d.lower_ == "no" for d in verb.head.children)


def _short_of(verb: Token) -> bool:
    """An act one is only close to: "were close to reaching deals", "near to signing"."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ == "to" and prep.head.lower_ in ("close", "near", "closer", "nearer")


def _obliged_thing(clause: list[Token]) -> bool:
    """"the states that must respect the embargo and close their ports": what a relative clause says
    others must do describes them; it has not happened."""
    for token in clause:
        verb = token.head if token.dep_ == "conj" and not _children(token, {"aux"}) else token
        if verb.dep_ == "relcl" and any(a.lower_ in ("must", "should") for a in _children(verb, {"aux"})):
            return True
    return False


def _said_would(clause: list[Token]) -> bool:
    """A "would" that reports a "will": the clause is what a past verb of saying says, with no "if"."""
    verb = next((t for t in clause if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ in ("xcomp", "conj"):
        if verb.lemma_ == "hesitate" or verb.head.lemma_ == "hesitate":
            return False  # "would not hesitate to freeze assets" is a threat, not a plan
        verb = verb.head
    if verb is None or verb.dep_ != "ccomp" or verb.head.tag_ not in ("VBD", "VBN") or verb.lemma_ == "hesitate" or any(
            c.dep_ == "auxpass" for c in verb.head.children):
        return False  # (the tagger may read a past "announced" as a participle; "has said" reports a "will" too)
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None and verb.head.dep_ == "acl" and verb.head.head.dep_ == "ROOT":
        speaker = verb.head.head  # "Colombia's president, Gustavo Petro, announced that …", read as a noun phrase
    if speaker is None or not (speaker.pos_ in ("PROPN", "PRON") or speaker.ent_type_ or any(
            c.dep_ in ("poss", "amod", "compound", "appos") and (c.ent_type_ or c.pos_ == "PROPN") for c in speaker.children)
            or any(o.ent_type_ or o.pos_ == "PROPN" for p in speaker.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj")):  # ("the president of Colombia, Gustavo Petro, said")
        return False  # "analysts said China would impose sanctions": a forecast, not China's own word
    return verb.head.lemma_ in SAYING and not any(
        m.lower_ in ("if", "unless") for a in _children(verb, {"advcl"}) for m in _children(a, {"mark"}))


SAYING = {"say", "tell", "announce", "state", "declare", "add", "confirm", "write", "tweet", "insist", "stress",
          "reiterate", "vow", "pledge", "promise"}


def _awaited(word: Token) -> bool:
    """An event noun the clause looks forward to: "before the talks", "ahead of a visit by X",
    "preparing for the summit"."""
    if word.dep_ != "pobj":
        return False
    prep = word.head
    if prep.lower_ == "before" and prep.head.tag_ == "VBD":
        return False  # "Before a lunch with EU ministers, Tillerson stressed …": told of as past, it was held
    return prep.lower_ in ("ahead", "before") or (prep.lower_ == "of" and prep.head.lower_ == "ahead") or (
        prep.lower_ == "for" and prep.head.lemma_ in ("prepare", "brace", "gear"))


TIMES_AHEAD = {*WEEKDAYS, "tomorrow", "tonight"}
PERIODS = {"week", "weekend", "month", "year", *WEEKDAYS}


def _time_ahead(verb: Token) -> bool:
    """A time its own clause names that can only lie ahead of a verb in the present: "on Thursday", "tomorrow",
    "next week", "later this month", "heads to Israel next" (the present, unlike the past, tells of days to come)."""
    for child in verb.children:
        if child.dep_ not in ("prep", "npadvmod", "tmod", "advmod"):
            continue
        words = [t.lower_ for t in child.subtree]
        if len(words) > 4:
            continue
        if child.dep_ == "prep" and child.lower_ not in ("on", "by"):
            continue
        if any(w in TIMES_AHEAD for w in words) or words == ["next"] or any(
                w in ("next", "coming") and following in PERIODS for w, following in zip(words, words[1:])) or (
                words[:2] == ["later", "this"]):
            return True
    return False


def _scheduled(verb: Token) -> bool:
    """A present of a timetable: "leaves for Washington on Thursday", "hosts the summit next week", "is
    visiting Moscow tomorrow"."""
    auxiliaries = {a.lower_ for a in _children(verb, {"aux", "auxpass"})}
    present = (verb.tag_ in ("VBZ", "VBP") and not auxiliaries) or (
        verb.tag_ == "VBG" and bool(auxiliaries) and auxiliaries <= {"is", "are", "am", "'s", "'re"})
    return present and _time_ahead(verb)


def _awaited_until(verb: Token) -> bool:
    """What a promised or threatened state waits for: "apologised" in "would remain unwelcome until he apologised"
    has not been done (while "talks went on until they agreed" tells that they agreed)."""
    return verb.dep_ == "advcl" and any(m.lower_ == "until" for m in _children(verb, {"mark"})) and any(
        a.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for a in _children(verb.head, {"aux"}))


def _looked_forward_to(verb: Token) -> bool:
    """An act one looks forward to: "looked forward to welcoming him" ("to" on "looked" or on "forward")."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "to":
        return False
    holder = verb.head.head
    return holder.lower_ == "forward" or (holder.lemma_ == "look" and any(c.lower_ == "forward" for c in holder.children))


def _of_any(verb: Token) -> bool:
    """A relative clause that tells of "any" thing, a supposition: "any deal it signed", "any attack that Israel
    launched"."""
    return verb.dep_ == "relcl" and any(d.dep_ == "det" and d.lower_ in ("any", "every") for d in verb.head.children)


def modality_of(trigger: Trigger) -> Modality:
    word, verb = trigger.token, trigger.verb
    clause = [t for t in (word, verb) if t is not None]
    # "might suspend relations or withdraw its ambassador", "will not recognise the results or meet the new
    # leaders": a verb joined without a subject or modal of its own shares the modal (and, after "or", the "not")
    joined = [t for t in clause if t.dep_ == "conj" and t.pos_ == "VERB" and t.tag_ == "VB" and not _children(
        t, {"nsubj", "aux", "auxpass"})]
    negated_with = [t for t in joined if _children(t.head, {"neg"}) and any(c.lower_ in ("or", "nor")
                                                                          for c in _children(t.head, {"cc"}))]
    auxiliaries = {a.lower_ for t in clause for a in _children(t, {"aux", "auxpass"})} | {
        a.lower_ for t in joined if not _children(t.head, {"neg"}) or t in negated_with
        for a in _children(t.head, {"aux"}) if a.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX}
    # a noun that sets the scene ("despite visits by", "after the talks") is not negated with its verb
    scene = trigger.is_noun and word.dep_ == "pobj"
    negated = trigger.denied or any(_children(t, {"neg"}) for t in (clause[:1] if scene else clause)) or (
        trigger.is_noun and any(c.lower_ == "no" for c in word.children if c.dep_ == "det")
    ) or any(_denied_act(t) or _refused_act(t) or _no_plan_to(t) or (t.dep_ == "xcomp" and t.head.lemma_.lower() == "fail")
             for t in clause) or bool(negated_with)
    future = bool(auxiliaries & FUTURE_AUX)
    modifiers = {c.lower_ for c in word.children if c.dep_ in ("amod", "compound")}
    # "agreed to extend the truce after talks": the talks were held before what is planned
    held_before = trigger.is_noun and word.dep_ == "pobj" and word.head.lower_ in ("after", "following", "since")
    for t in clause:
        if _looked_forward_to(t):
            future = True  # "looked forward to welcoming him in December"
        if t.dep_ == "xcomp" and t.head.lemma_ in PLANNING_HEADS and not held_before:
            future = True
            auxiliaries |= {a.lower_ for a in _children(t.head, {"aux", "auxpass"})}
    hypothetical = bool(auxiliaries & HYPOTHETICAL_AUX)  # "would not hesitate to freeze assets", as "would freeze"
    if auxiliaries & HYPOTHETICAL_AUX == {"would"} and _said_would(clause):
        future, hypothetical = True, False  # "Macron said France would recall its ambassador": his "will"
    if modifiers & PLANNED_MODIFIERS or _awaited(word) or any(_intended(t) for t in clause) or (
            trigger.is_noun and verb is not None and verb.lemma_.lower() in PREPARING_VERBS and verb in list(word.ancestors)[:3]) or (
            any(_scheduled(t) for t in clause if t.pos_ in ("VERB", "AUX"))):
        future = True  # "was preparing further sanctions", "drafted a new package of sanctions"
    # the event is itself the condition ("if Iran enriches uranium"), the question ("whether X will agree")
    # or what waits on a condition ("must extradite them before it would back the bid")
    heads = [*clause, *(t.head for t in clause if t.dep_ == "conj")]  # "if X stopped … and agreed to …"
    conditional = any(c.lower_ in ("if", "unless", "whether") for t in heads for c in _children(t, {"mark"})) or any(
        _awaited_until(t) for t in clause) or any(
        _awaits_a_condition(t) for t in [*heads, *(t.head for t in clause if t.dep_ == "xcomp")]) or (
        word.sent.text.rstrip().rstrip("”\"’'").endswith("?")) or _under_a_condition(clause) or _obliged_thing(clause) or (
        _hearsay(clause)) or any(_short_of(t) for t in clause) or any(_of_any(t) for t in clause) or (
        any(t.dep_ == "xcomp" and t.head.lemma_ in ("able", "capable") and t.head.head.tag_ != "VBD" for t in clause))
    # "still able to talk to both sides" talks to no one (while "were able to reach a deal" reached it)
    conditioned = any(m.lower_ in ("if", "unless") for t in clause for a in _children(t, {"advcl"})
                      for m in _children(a, {"mark"}))
    ongoing = bool(modifiers & ONGOING_MODIFIERS) or (verb is not None and under_way(verb)) or any(
        t.tag_ == "VBG" and auxiliaries & {"is", "are", "am"} for t in clause
    ) or any(t.dep_ == "xcomp" and t.head.lemma_ == "continue" for t in clause) or (
        trigger.is_noun and word.dep_ == "pobj" and word.head.lower_ == "in" and word.head.head.lemma_ in STATE_VERBS)
    if negated:
        status = EventStatus.REFUSED
    elif future or hypothetical:
        status = EventStatus.PLANNED
    elif ongoing:
        status = EventStatus.ONGOING
    else:
        status = EventStatus.OCCURRED
    return Modality(status, negated, future, hypothetical, conditional, conditioned)
