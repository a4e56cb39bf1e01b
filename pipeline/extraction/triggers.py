"""Find the words in a sentence that signal an event, and how they hang together."""

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from pipeline.extraction.evaluations import (PRAISED_ACTS, accused_subject, annulled_text, characterized_object,
                                              declared_target, held_responsible, judged_subject, praised_object,
                                              upheld_self_defence)
from pipeline.extraction.lexicon import TriggerEntry, TriggerLexicon
from pipeline.extraction.threats import (KEEPING_VERBS, VIOLENT_NOUNS, consequences_said, idle_bystander, met_with_force,
                                         penalty_faced, readied_force, readied_sanctions, retaliation, taken_as_war,
                                         vowed_response, vowed_violence, warned_to_face)
from pipeline.models import EventType

__all__ = ["PREDICATE_ADJECTIVES", "RECEIVED_TYPES", "SETTING_PREPS", "Trigger", "amounted", "batch_of", "demanded_clause",
           "find_triggers", "for_to_clause", "governing_verb", "infinitive", "is_phone", "named_members",
           "names_its_parties", "no_reason_to", "noun_entry", "noun_owner", "out_of_the_question", "received_from",
           "sets_the_scene",
           "told_as_held", "under_way", "with_cameo"]

OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "obj"}
PHONES = {"phone", "telephone", "videoconference", "video", "call"}


def is_phone(token: Token) -> bool:
    """A line talked over: "by phone", "on the telephone", "by video link", "via videoconference"."""
    lemma = token.lemma_.lower()
    return lemma in PHONES or (lemma in ("link", "conference") and any(
        c.dep_ == "compound" and c.lemma_.lower() in PHONES for c in token.children))


# nouns that are an event whenever their owner is named: "Turkey's demand", "Iran's condemnation"
OWNED_NOUN_TYPES = {EventType.REQUEST, EventType.CONDEMN, EventType.THREATEN, EventType.REJECT}
# nouns of things that take place and so can set the scene: "during talks", "after the sanctions"
SCENE_TYPES = {EventType.MEET, EventType.AGREE, EventType.SANCTION}
# owned nouns that a nationality adjective owns as well: "Turkish objections", "Russian demands"
ADJECTIVE_OWNED_TYPES = {EventType.REQUEST, EventType.REJECT, EventType.CONDEMN}
# nouns of things said at someone, an event when a verb's subject says it "with" them
AIMED_TYPES = {EventType.CONDEMN, EventType.THREATEN, EventType.REQUEST, EventType.SUPPORT, EventType.REJECT}
# nouns that are an event only with one of these prepositions: "a warning to X", not "a travel warning";
# "a dinner with EU leaders", not "a dinner for donors"
AIMED_NOUNS = {"warning": {"to", "against", "of"}, "dinner": {"with"}, "lunch": {"with"}, "luncheon": {"with"},
               "breakfast": {"with"}, "banquet": {"with"},
               "regret": {"over", "at"}}  # "regret over Tokyo's decision", not "regret to Pakistan for the deaths"

# adjectives a lexicon verb entry may stand for after "be": "the minister is due in Samoa"
PREDICATE_ADJECTIVES = {"due"}


@dataclass(frozen=True)
class Trigger:
    """A trigger word; `verb` is the verb of its clause (the word itself for a verb trigger)."""

    token: Token
    entry: TriggerEntry
    is_noun: bool
    verb: Token | None
    denied: bool = False
    target_head: Token | None = None  # the phrase the construction names as the target
    intent_subject: Token | None = None  # "Turkey said it would …": who will act, to check it is the speaker
    own_act_subject: Token | None = None  # "X warned that Y …": an event only if Y is X itself
    needs_target: bool = False  # an event only when its target is a state or an organisation
    by_speaker: bool = False  # said in a quotation: its source is who speaks it
    judged: bool = False  # a judgement read off what is said ("said X's plan was reckless"), not a verb of its own
    official_source: bool = False  # an event only when its source is a state or an organisation

    @property
    def event_type(self) -> EventType:
        return self.entry.event_type


def noun_owner(token: Token) -> Token | None:
    """Whose an event noun is: "Turkey's" in "Turkey's demand", "Turkish" in "Turkish objections"."""
    return next((c for c in token.children if c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ == "NORP")), None)


def batch_of(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """The noun of a batch an event noun comes in: "round" in "a new round of sanctions"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in lexicon.batch_nouns:
        return token.head.head
    return None


def _batched(batch: Token) -> list[Token]:
    """The nouns a batch holds: "sanctions" in "a package of sanctions", "sanctions package"."""
    return [o for p in batch.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"] + [
        c for c in batch.children if c.dep_ == "compound"]


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token, or None for a verbless headline."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


IDIOMS = {"part", "example", "instance", "now", "years", "months", "weeks", "days", "time"}  # "for his part"


def _name_words(head: Token) -> list[Token]:
    """The words before a name that say what it is: "President" and "Emir" in "received Qatar's Emir
    Sheikh Tamim", "Secretary" in "U.S. Secretary of State Marco Rubio" (not "the minister's letter")."""
    words = []
    for child in head.children:
        if child.dep_ in ("compound", "nmod") and child.i < head.i:
            words += [child, *_name_words(child)]
    return words


def amounted(obj: Token, lexicon: TriggerLexicon) -> Token:
    """What an amount is of: "funding" in "millions of dollars in funding", "aid" in "some of its aid"."""
    for _ in range(3):
        if obj.lemma_.lower() not in lexicon.amount_words and obj.lower_ not in lexicon.amount_words:
            break
        inner = [p for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                 for p in c.children if p.dep_ == "pobj"]
        if not inner:
            break
        obj = next((p for p in inner if p.lemma_.lower() not in lexicon.amount_words and p.lower_ not in lexicon.amount_words), inner[0])
    return obj


def _governed(children: list[Token], preps: frozenset[str]) -> set[str]:
    """What a verb's own particle or preposition governs, which counts as its object: "withdrew from the
    deal", "pulled out of the initiative", "walked away from the accord"."""
    governed = set()
    for particle in (c for c in children if c.lower_ in preps and c.dep_ in ("prep", "prt", "advmod")):
        for child in particle.children:
            if child.dep_ == "pobj":
                governed.add(child.lemma_.lower())
            elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
                governed |= {o.lemma_.lower() for o in child.children if o.dep_ == "pobj"}
    return governed


CROWDS = {"thousand", "hundred", "crowd", "protester", "demonstrator", "people", "resident", "citizen", "student",
          "worker", "farmer", "activist", "supporter"}


def _a_people(subject: Token) -> bool:
    """A people or a crowd, not its state: "Tunisians", "thousands of Laotians", "protesters"."""
    return (subject.tag_ == "NNPS" and subject.ent_type_ not in ("GPE", "ORG", "LOC", "FAC")) or (
        subject.tag_ == "NNS" and subject.ent_type_ == "NORP") or subject.lemma_.lower() in CROWDS


def infinitive(verb: Token) -> bool:
    """A verb with "to" before it: "someone to defend them"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def for_to_clause(token: Token) -> Token | None:
    """The clause of "for X to do", which the parser hangs off the verb with "for" as its mark rather
    than as the verb's preposition: "called for Chile to allow an inquiry" gives "allow"."""
    for clause in token.children:
        if clause.dep_ in ("advcl", "xcomp", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in clause.children) and infinitive(clause):
            return clause
    return None


def _verb_entry(token: Token, entries: list[TriggerEntry], lexicon: TriggerLexicon) -> TriggerEntry | None:
    children = list(token.children)
    attached = {c.lower_ for c in children if c.dep_ in ("prep", "prt", "agent", "dative")
                and not any(o.lower_ in IDIOMS or o.ent_type_ in ("DATE", "TIME")  # not "called X on Monday"
                            for o in c.children if o.dep_ == "pobj")} | (
        {"for"} if for_to_clause(token) is not None else set()) | {
        g.lower_ for c in children if c.dep_ in OBJECT_DEPS for g in c.children  # "raised concerns with X"
        if g.dep_ == "prep" and g.lower_ in ("with", "as")} | {  # "recognized Guaido as interim president"
        c.lower_ for c in children if c.dep_ == "advmod" and c.lower_ in ("together", "away")}  # "brought together"
    amounts = [amounted(c, lexicon) for c in children if c.dep_ in OBJECT_DEPS]
    objects = {a.lemma_.lower() for a in amounts} | {  # and what a name is said to be: "New START, the last treaty"
        p.lemma_.lower() for a in amounts if a.pos_ == "PROPN" for p in a.children if p.dep_ == "appos"} | {
        c.lower_ for c in children if c.dep_ not in ("nsubj", "nsubjpass", "csubj")} | {  # "the king received" no king
        t.lower_ for c in children if c.dep_ in OBJECT_DEPS for t in _name_words(c)} | {
        c.lemma_.lower() for c in children if c.dep_ == "nsubjpass"} | (  # "a deal had been reached"
        {token.head.lemma_.lower()} if (token.dep_ == "acl" and token.tag_ in ("VBN", "VBD")) or (  # "the accord, concluded",
            _told_of_in_a_relative_clause(token)) else set())  # "the sanctions (that) it imposed"
    named_person = any(c.dep_ in OBJECT_DEPS and c.ent_type_ == "PERSON" for c in children)
    for entry in entries:
        if entry.preps and not entry.preps & attached:
            continue
        governed = _governed(children, entry.preps) if entry.preps and entry.objects else set()
        if entry.objects and not entry.objects & (objects | governed) and not (entry.person_objects and named_person):
            continue
        if entry.state_object and not any(c.dep_ in OBJECT_DEPS and c.ent_type_ in ("GPE", "NORP", "ORG") for c in children):
            continue  # "removed Turkey from the programme", not "would not remove the warship from the shoal"
        if entry.complement and not any((c.dep_ == entry.complement and (c.dep_ != "xcomp" or infinitive(c))) or (
                entry.complement == "xcomp" and c.dep_ == "advcl" and infinitive(c) and (any(
                    o.dep_ == "dobj" for o in children) or _governed(children, entry.preps))) for c in children):
            continue  # (the parser may hang "to meet" in "challenged Putin to meet him" as an adverbial clause)
        agreed_on = [o for c in children if c.dep_ == "prep" and c.lower_ in ("on", "into") for o in c.children
                     if o.dep_ == "pobj"] if token.lemma_.lower() in ("agree", "sign") else []
        # "agreed on new sanctions", "signed the bill into law"
        if entry.unless_objects & ({c.lemma_.lower() for c in children if c.dep_ in OBJECT_DEPS | {"xcomp"}} | {
                g.lemma_.lower() for o in agreed_on for g in (o, *_batched(o))}):
            continue
        if entry.official_subject and any(c.dep_ == "nsubj" and _a_people(c) for c in children):
            continue
        if entry.event_type is EventType.MEET and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in LINES_THAT_MEET for c in children):
            continue  # "where the borders of India, Bhutan and China meet": no one meets
        return entry
    return None


# lines on a map, which meet where they cross
LINES_THAT_MEET = {"border", "borders", "frontier", "frontiers", "boundary", "boundaries", "river", "rivers", "road",
                   "roads", "line", "lines", "railway", "railways", "pipeline", "pipelines", "coast", "coasts"}


def _told_of_in_a_relative_clause(verb: Token) -> bool:
    """A past act a relative clause tells of its noun: "the sanctions (that) it imposed in 2020" (not "any deal
    that Kyiv accepted", "a ceasefire that Israel accepts would …", "the deal it would sign")."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in OBJECT_DEPS and c.lower_ not in ("that", "which") for c in verb.children) and not any(
        c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children) and not any(
        d.dep_ == "det" and d.lower_ in ("any", "every", "no", "a", "an") for d in verb.head.children)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj":
        token = token.head
    return token


DOER_ENTITIES = {"PERSON", "ORG", "GPE"}  # not NORP: "visits to Japan by Chinese tourists" are no state's


def _named_doer(noun: Token) -> bool:
    """An event noun whose "by" names who did it: "a visit to Ecuador by President Yoon"; not one that
    is what a word of talk or feeling is about ("speculation about a visit by Kim", "fears of sanctions")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("about", "of", "over", "on") and noun.head.head.pos_ == "NOUN":
        return False
    return any(t.ent_type_ in DOER_ENTITIES for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
               for p in c.children if p.dep_ == "pobj" for t in p.subtree)


# what someone else may be said to have got, by its "from": a demand, a rebuke
RECEIVED_TYPES = {EventType.REQUEST, EventType.CONDEMN}


def received_from(noun: Token) -> Token | None:
    """The verb of a request or a rebuke that its "from" says someone else made: "dismissed a request from
    Sweden", "faced a rebuke from the AU", "bowed to demands from Kyiv"."""
    if not any(t.ent_type_ in DOER_ENTITIES for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
               for p in c.children if p.dep_ == "pobj" for t in p.subtree):
        return None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "with") and noun.head.head.pos_ == "VERB":
        return noun.head.head  # "bowed to demands from Kyiv" ("met the demand" is settled before this is asked)
    return None


def under_way(verb: Token) -> bool:
    """"were under way", "are ongoing": the copula of an event in progress."""
    return verb.lemma_ == "be" and any(
        (c.dep_ == "acomp" and c.lower_ in ("ongoing", "underway")) or (
            c.dep_ == "prep" and c.lower_ == "under" and any(w.lower_ == "way" for w in c.children))
        for c in verb.children)


# what a meeting does, beside the verbs of acts: "the summit agreed", "the ministers' meeting decided"
MEETINGS_DO = {"agree", "decide", "discuss", "endorse", "urge", "call", "condemn", "welcome", "reaffirm", "vow", "pledge"}


TIME_BATCHES = {"month", "week", "year"}


def _noun_context(token: Token, entry: TriggerEntry, lexicon: TriggerLexicon) -> tuple[Token | None, bool] | None:
    """The clause verb of an event noun and whether the clause denies it; None if not an event."""
    event_type = entry.event_type
    anchor = _first_conjunct(token)
    if anchor.dep_ == "compound" and anchor.head.pos_ == "NOUN":
        anchor = _first_conjunct(anchor.head)  # "a mediation effort", "a peace deal"
    if (batch := batch_of(anchor, lexicon)) is not None:
        if batch.lemma_.lower() in TIME_BATCHES and event_type is not EventType.MEET:
            return None  # "after a year of sanctions": a span of time, not sanctions imposed
        anchor = _first_conjunct(batch)  # "imposed a new round of sanctions", "held weeks of talks"
    head = anchor.head
    if anchor.dep_ == "ROOT":
        return None, False
    if anchor.dep_ in OBJECT_DEPS and head.lemma_ in ("offer", "hold") and event_type is EventType.AGREE:
        return None  # "offered a deal": an offer; "hold the agreements in abeyance": no new agreement
    attended = head if head.lemma_ in ("attend", "witness", "watch") else anchor.head.head if anchor.dep_ == "compound" else None
    if event_type is EventType.AGREE and attended is not None and attended.lemma_ in ("attend", "witness", "watch") and not any(
            c.dep_ == "conj" for s in attended.children if s.dep_ == "nsubj" for c in s.children) and not any(
            p.lower_ in ("between", "with") for t in token.subtree for p in t.children if p.dep_ == "prep"):
        return None  # "Kushner attended the signing ceremony": a witness (not "Chile and Bolivia attended the signing")
    if anchor.dep_ in OBJECT_DEPS and (head.lemma_ in lexicon.support_verbs or head.lemma_ in entry.support):
        return head, False
    if anchor.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ == "agree" and "agree" in entry.support:
        return head.head, False  # "the EU agreed on a new package of sanctions"
    if anchor.dep_ == "dobj" and head.lemma_ in lexicon.drawing_verbs and event_type is not EventType.MEET:
        return head, False  # "drew condemnation from the EU": whose it is, the noun says
    if anchor.dep_ in OBJECT_DEPS and head.lemma_ in lexicon.meeting_support_verbs and event_type is EventType.MEET:
        return head, False
    if anchor.dep_ in OBJECT_DEPS and head.lemma_.lower() in lexicon.settling_verbs:
        return None  # "Slovakia dropped its objections", "the government met its demand": settled, not made
    if event_type is EventType.THREATEN and (any(c.lower_ in lexicon.danger_words for c in token.children if c.dep_ in (
            "amod", "compound", "conj")) or (token.dep_ == "conj" and token.head.lower_ in lexicon.danger_words)) and not any(
            c.dep_ == "prep" and c.lower_ in ("against", "to") for c in token.children):
        return None  # "North Korea's nuclear and missile threats" are dangers, not threats made at someone
    if event_type in OWNED_NOUN_TYPES and (owner := noun_owner(token)) is not None and (
            owner.dep_ == "poss" or event_type in ADJECTIVE_OWNED_TYPES):  # "security threats" are no one's act
        return governing_verb(token), False  # "Turkey's demand that …", "the council's condemnation"
    if anchor.dep_ == "pobj" and head.lower_ in ("of", "about") and event_type is EventType.MEET and any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children):
        return governing_verb(head), False  # "an account of a phone call between X and Y"
    if anchor.dep_ == "dobj" and head.lemma_.lower() in ("follow", "precede") and event_type is EventType.MEET and any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children):
        return head, False  # "the decision followed a telephone conversation between Lapid and Erdogan"
    if anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lexicon.message_nouns:
        return governing_verb(head), False  # "delivered a message of support to"
    if anchor.dep_ == "pobj" and event_type in SCENE_TYPES and not (
            head.lower_ in ("in", "at") and head.head.pos_ in ("NOUN", "PROPN", "PRON")):  # "interest in talks"
        prep = head
        if prep.lower_ in lexicon.scene_preps or (
            prep.lower_ == "of" and prep.head.lower_ in ("sidelines", "ahead")  # "ahead of the visit"
        ) or (prep.lower_ == "on" and entry.cameo in ("041", "042")):  # "on a visit to", "on a call with"
            return governing_verb(prep), False
    done_by = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    and c.lemma_.lower() in lexicon.doing_verbs and any(a.dep_ == "agent" for a in c.children)), None)
    if done_by is not None:
        return done_by, False  # "the embargo, imposed by Chile's congress in May", "talks hosted by Qatar"
    if _named_doer(token):
        return governing_verb(token), False  # "a 2016 visit to China by Barack Obama", "the rebuke by the EU"
    if event_type in RECEIVED_TYPES and anchor is token and (receiving := received_from(token)) is not None:
        return receiving, False  # "Kenya dismissed a request from Somalia": Somalia asks it
    if anchor.dep_ == "pobj" and head.lower_ == "with" and event_type in AIMED_TYPES and head.head.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("of", "to", "against", "on") for c in token.children):
        return head.head, False  # "caused a stir with a sharp rebuke of Hungary", "responded with a warning to X"
    if anchor.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_ in lexicon.happening_verbs or under_way(head):
            return head, False  # "the talks took place", "talks between X and Y were under way"
        if event_type is EventType.MEET and anchor.dep_ == "nsubj" and head.pos_ == "VERB" and (
                head.lemma_ in lexicon.doing_verbs or head.lemma_ in MEETINGS_DO):
            return head, False  # "a meeting of EU foreign ministers in Brussels agreed to …": it was held
        if (head.lemma_ in lexicon.support_verbs or head.lemma_ in entry.support) and anchor.dep_ == "nsubjpass":
            return head, False  # "new sanctions were imposed", "a package of sanctions would be agreed"
        predicate = " ".join(t.lower_ for c in head.children if c.dep_ in ("acomp", "attr", "oprd")
                             for t in c.subtree)
        if predicate and any(p in predicate for p in lexicon.denying_predicates):
            return head, True
        if event_type is EventType.MEET and names_its_parties(token) and told_as_held(head, lexicon):
            # "the meeting between X and Y lasted three hours", "Xi's visit to Moscow was seen as …", "talks with
            # Trump had been useful"
            return head, False
    return None


def told_as_held(verb: Token, lexicon: TriggerLexicon) -> bool:
    """A verb that tells of a meeting as held, its subject: "lasted three hours", "were seen as a show of
    unity", "had been useful" (not "were postponed", "is expected", "makes no sense", "were possible")."""
    if any(c.dep_ in ("aux", "neg") and c.lower_ in UNREAL_MODALS | {"not", "n't", "never"} for c in verb.children):
        return False
    if any(t.lower_ in DOUBTED for c in verb.children if c.dep_ in ("prep", "acomp", "oprd", "attr") for t in c.subtree):
        return False  # "was seen as unlikely", "is seen as the key to ending the war"
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "has", "have") for c in verb.children))
    if not past:
        return False
    if verb.lemma_ == "be":  # a past copula with a word for how it went, said of the meeting alone
        return any(c.dep_ == "acomp" and c.lower_ in lexicon.held_meeting_words and not any(
            g.dep_ in ("xcomp", "prep", "ccomp") for g in c.children) for c in verb.children)
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.held_meeting_verbs


DOUBTED = {"unlikely", "impossible", "possible", "premature", "key", "necessary", "crucial", "essential", "needed", "risk"}


def names_its_parties(meeting: Token) -> bool:
    """A meeting noun that names who took part: "talks between X and Y", "a meeting with X", "Xi's visit to
    Moscow", "the summit of APEC countries" (by the members themselves, not where they met; not "any talks")."""
    if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in meeting.children):
        return False
    preps = {c.lower_ for c in meeting.children if c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children)}
    return bool(preps & {"with", "between"}) or ("to" in preps and any(c.dep_ == "poss" for c in meeting.children)) or any(
        _named_members(o) for c in meeting.children if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children if o.dep_ == "pobj")


def named_members(members: Token) -> list[Token]:
    """The words that name the members in "of APEC countries", "of Arab and African leaders": the object
    of "of", its modifiers and its conjuncts, not where it stands ("of African leaders in Addis Ababa")."""
    return [t for o in (members, *members.conjuncts) for t in (o, *(c for c in o.children if c.dep_ in (
        "compound", "amod", "nmod", "appos")))]


def _named_members(members: Token) -> bool:
    return any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in named_members(members))


# prepositions of the time or occasion of an act: "warned China during a visit to Panama" (not "in",
# which also names what one takes part in: "refused to engage in talks")
SETTING_PREPS = {"during", "at", "after", "following", "amid", "before", "throughout", "since", "despite"}


def _addressed_in_a_call(trigger: Trigger) -> bool:
    """A call in which the clause's verb addresses someone: "urged Erdogan in a phone call to …" (the
    call is held with the one urged, whom it names)."""
    call = trigger.token
    if call.lemma_.lower() not in PHONES or call.dep_ != "pobj" or call.head.lower_ not in ("in", "during", "on", "over"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in call.children):
        return False  # "criticised Israel in a phone call with Putin": the call names its own party
    verb = call.head.head
    return verb.pos_ == "VERB" and any(c.dep_ in ("dobj", "dative") for c in verb.children)


def sets_the_scene(trigger: Trigger) -> bool:
    """An event noun that is when its clause's act happens, not what the act is about, and that names
    whom it was with: "during a visit to Panama", "on a call with Modi" (a bare "during his visit" is
    a passing mention of a visit the article reports anyway)."""
    if not trigger.is_noun:
        return False
    anchor = _first_conjunct(trigger.token)
    prep = anchor.head
    if _addressed_in_a_call(trigger):
        return True
    if not any(c.dep_ == "prep" and c.lower_ in ("to", "with", "between") for c in trigger.token.children):
        return False
    return anchor.dep_ == "pobj" and (
        prep.lower_ in SETTING_PREPS or (prep.lower_ == "on" and trigger.entry.cameo in ("041", "042")) or (
            prep.lower_ == "of" and prep.head.lower_ in ("sidelines", "margins", "ahead")))


def _agreed_text(token: Token, entry: TriggerEntry, verb: Token | None, lexicon: TriggerLexicon) -> bool:
    """"signed a joint declaration", "issued a joint statement": a text two sides agreed on."""
    if entry.event_type is not EventType.ANNOUNCE or token.lemma_.lower() not in lexicon.joint_texts:
        return False
    joint = any(c.lower_ == "joint" for c in token.children if c.dep_ in ("amod", "compound"))
    return joint or (verb is not None and verb.lemma_.lower() in ("sign", "ink", "initial") and token.dep_ == "dobj")


def _obligation_said(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """"The government and the rebels must respect the deal," said X: a demand of X's on them.
    Gives the obliged subject of a sentence's main verb (the caller checks that it is quoted)."""
    if token.dep_ != "ROOT" or not any(c.dep_ == "aux" and c.lower_ in lexicon.demand_modals for c in token.children):
        return None
    if any(c.dep_ == "neg" for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return subjects[0] if subjects else None


def demanded_clause(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """The clause a speaker says must happen: "X said (that) Y must withdraw" gives "withdraw"."""
    lemma = token.lemma_.lower()
    if lemma not in lexicon.speech_verbs and lemma not in lexicon.advising_verbs:  # every verb comes here
        return None
    if lemma in lexicon.advising_verbs and any(  # "data suggest that …": evidence advises no one
            s.dep_ == "nsubj" and s.lemma_.lower() in EVIDENCE_NOUNS for s in token.children):
        return None
    for clause in token.children:
        if clause.dep_ == "ccomp" and any(
            a.dep_ == "aux" and a.lower_ in lexicon.demand_modals for a in clause.children
        ) and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and not _expected(clause):
            return clause
        if clause.dep_ == "ccomp" and _obliged_to(clause):
            return clause  # "said Ottawa had to fix its mistake", "said the two needed to resolve the matter"
    return None


def _obliged_to(clause: Token) -> bool:
    """"Ottawa had to fix …", "Canada and Saudi Arabia needed to resolve …": another's obligation, told
    without a modal (not the speaker's own: "it had to act")."""
    return clause.lemma_.lower() in ("have", "need") and not any(c.dep_ in ("neg", "aux") for c in clause.children) and any(
        c.dep_ in ("xcomp", "advcl") and infinitive(c) for c in clause.children) and any(
        c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in clause.children)


def no_reason_to(token: Token) -> Token | None:
    """The act one sees no reason or need to do, a refusal of it: "negotiate" in "saw no reason to negotiate"."""
    if token.lemma_.lower() not in ("see", "find") or any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                                                          for c in token.children):
        return None
    negated = any(c.dep_ == "neg" for c in token.children)
    for reason in (c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in ("reason", "need", "point")):
        if negated or any(d.lower_ == "no" for d in reason.children if d.dep_ == "det"):
            return next((a for a in reason.children if a.dep_ in ("acl", "relcl") and infinitive(a)), None)
    return None


def time_for(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """Who a speaker says it is time for to act, an appeal to them: "Israel" in "said it was time for Israel to stop"."""
    if token.lemma_.lower() not in lexicon.speech_verbs:
        return None
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children):
            continue
        for time in (c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() == "time"):
            for act in time.children:
                if act.dep_ in ("relcl", "acl") and infinitive(act) and any(
                        m.dep_ == "mark" and m.lower_ == "for" for m in act.children):
                    return next((c for c in act.children if c.dep_ == "nsubj"), None)
    return None


EVIDENCE_NOUNS = {"data", "datum", "intelligence", "poll", "report", "study", "figure", "analysis", "evidence",
                  "research", "survey", "estimate", "forecast", "model", "statistic", "indicator", "sign", "finding"}


def _expected(clause: Token) -> bool:
    """"should be able to strike", "should see slower growth": a "should" of expectation, no demand."""
    return clause.lemma_ == "see" or (clause.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in ("able", "likely", "unlikely") for c in clause.children))


DELEGATIONS = {"delegation"}  # lemmas: "led a delegation", not "heads the U.S. mission to the UN"
ENVOYS = DELEGATIONS | {"minister", "envoy", "diplomat", "secretary", "adviser", "advisor", "representative",
                        "official", "emissary", "negotiator"}  # not "sent a medical team to Italy"


BLACKLIST_WORDS = {"terrorism", "terror", "terrorist", "sponsor", "sanction", "sanctions", "blacklist", "entity",
                   "restricted", "watch", "grey", "gray", "black"}


def _names_a_blacklist(token: Token) -> bool:
    """A list the verb puts a state on that punishes: "the list of state sponsors of terrorism"."""
    return any(t.lemma_.lower() in BLACKLIST_WORDS for p in token.children if p.dep_ == "prep" for t in p.subtree) or any(
        t.lemma_.lower() == "blacklist" for c in token.children if c.dep_ in ("dobj", "prep") for t in c.subtree)


def _names_a_doer(word: Token) -> bool:
    """A word that is, or is owned or qualified by, a named state or body: "the U.S. action", "the Ukrainian
    army" (in "the actions of the Ukrainian army"), "the United States" (in "interference by the United States")."""
    return word.ent_type_ in ("GPE", "NORP", "ORG") and word.pos_ == "PROPN" or any(
        c.dep_ in ("poss", "amod", "compound", "nmod") and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN")
        for c in word.children)


# what a state guards against others: "to protect its rights"
GUARDED = {"right", "interest", "sovereignty", "security", "territory", "border", "integrity", "people", "citizen"}


def _a_view(clause: Token) -> bool:
    """A clause that states a view, not terms to carry out: "the measure breached the treaty", "Russia must pay",
    "the launches pose a threat" (not "the truce takes effect on Wednesday", "prisoners were to be exchanged")."""
    if any(x.dep_ == "xcomp" and infinitive(x) for x in clause.children) or any(
            a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "'ll") for a in clause.children):
        return False
    return clause.tag_ in ("VBD", "VBN") or any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in clause.children) or (
        clause.lemma_.lower() in ("be", "pose", "constitute", "represent", "remain", "threaten", "undermine"))


FIGHTERS = {"force", "troop", "army", "military", "soldier", "fighter", "rebel", "militia", "militant", "insurgent"}


# bodies whose votes and vetoes are a state's own business
DOMESTIC_DECIDERS = {"senate", "congress", "parliament", "lawmaker", "legislator", "legislature", "voter", "court",
                     "judge", "regulator", "senator", "mp", "deputy"}


def _agreed_that(token: Token) -> bool:
    """"agreed (that) the measure breached the accord": agreeing on a view, with nothing agreed to do or on."""
    children = list(token.children)
    # a view told in the past ("breached", "had violated"); not what is to happen ("the truce takes effect on
    # Wednesday", "that tariffs be cut", "prisoners were to be exchanged")
    return token.lemma_.lower() == "agree" and any(
        c.dep_ == "ccomp" and c.i > token.i and _a_view(c) and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for c in children) and not any(
        c.dep_ in ("dobj", "xcomp", "nsubjpass", "auxpass") or c.dep_ == "prep" and c.lower_ in ("on", "to", "upon")
        for c in children)


# what makes a list one of favoured partners, to be struck off as a penalty
FAVOURED_LIST_WORDS = {"white", "whitelist", "trusted", "favoured", "favored", "preferred", "preferential", "privileged",
                       "friendly"}


def _names_a_favoured_list(token: Token) -> bool:
    """A list the verb strikes a state off that favoured it: "its white list", "its list of trusted trading partners"."""
    return not _names_a_blacklist(token) and any(t.lower_ in FAVOURED_LIST_WORDS for p in token.children
                                                 if p.dep_ in ("prep", "prt") for t in p.subtree)


def _delegation_led_to(token: Token) -> Token | None:
    """Where one leads a delegation or sends an envoy, which is a visit there: "will lead a delegation to
    Morocco", "led a team of officials to Brasilia", "sent its foreign minister, Osman Saleh, to Addis
    Ababa" (not "led the EU mission in Mali")."""
    lemma = token.lemma_.lower()
    if lemma not in ("lead", "head", "send", "dispatch"):
        return None
    sent = ENVOYS if lemma in ("send", "dispatch") else DELEGATIONS
    for obj in (c for c in token.children if c.dep_ == "dobj" and (c.lemma_.lower() in sent or (
            lemma in ("send", "dispatch") and c.ent_type_ == "PERSON"))):
        # a named place only: "to the kingdom" leaves it to "arriving in Riyadh" to say where
        places = (o for p in [*obj.subtree, *token.children] if p.dep_ == "prep" and p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN")
        if (place := next(places, None)) is not None:
            return place
    return None


def _phoned(token: Token) -> Token | None:
    """Who was called: "Araghchi called Pakistani Foreign Minister Ishaq Dar on Monday" (which the parser
    may read as naming him), not "called for calm", "called on X to …" or "called X a liar"."""
    if token.lemma_.lower() not in ("call", "ring", "telephone", "phone"):
        return None
    named = [c for c in token.children if c.dep_ in ("dobj", "oprd")]
    if len(named) != 1 or (named[0].ent_type_ not in ("PERSON", "GPE", "ORG") and named[0].pos_ != "PROPN") or any(
            c.dep_ in ("appos", "attr") for c in named[0].children) or any(  # "called Zelensky a dictator"
            c.dep_ in ("ccomp", "attr", "acomp") or c.dep_ == "prt" or (
                c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") and not any(
                    o.ent_type_ in ("DATE", "TIME") for o in c.children)) for c in token.children):
        return None
    return named[0]


CONVERSING_VERBS = {"speak", "talk"}
# acts done to someone by phone, which is a call to them as well: "congratulated Lapid by telephone"
PRESS = {"reporter", "journalist", "press", "media", "correspondent", "lawmaker", "legislator", "parliament", "public",
         "nation", "audience", "staff", "cabinet"}
PHONED_ACTS = {"congratulate", "thank", "assure", "reassure", "urge", "press", "brief", "invite", "discuss", "condole"}


def _by_phone(token: Token) -> bool:
    return any(p.lower_ in ("by", "over", "on", "via") and is_phone(o)
               for p in token.children for o in p.children if o.dep_ == "pobj")


MEANS_NOUNS = {"evidence", "effort", "efforts", "attempt", "attempts", "bid", "ability", "need", "way", "ways",
               "reason", "chance", "right", "power", "tool", "tools", "means", "proof", "basis"}


def _asked_in_passing(token: Token) -> bool:
    """"When asked about the sanctions, Lavrov said …": a question put to the speaker, no request."""
    return token.tag_ == "VBN" and token.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children)


def _purpose_of_a_means(token: Token) -> bool:
    """"no evidence to support", "efforts to defend": what a means is for has not happened."""
    return token.dep_ in ("acl", "relcl") and infinitive(token) and (
        token.head.lemma_.lower() in MEANS_NOUNS or token.head.lower_ in ("nothing", "none") or any(
            c.lower_ == "no" for c in token.head.children))  # "had nothing to announce"


def _not_ruled_out(token: Token, entry: TriggerEntry) -> Token | None:
    """What one "refused to rule out": "military force" in "refused to rule out military force"."""
    if entry.event_type is not EventType.REJECT:
        return None
    for act in token.children:
        if act.dep_ == "xcomp" and (act.lemma_ == "exclude" or (act.lemma_ == "rule" and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in act.children))):
            ruled = next((o for o in act.children if o.dep_ in ("dobj", "pcomp", "xcomp")), act)
            if ruled.lemma_.lower() == "use":  # "refused to rule out using military or economic pressure"
                ruled = next((o for o in ruled.children if o.dep_ == "dobj"), ruled)
            return ruled
    return None


def _vowed_not_to(token: Token, entry: TriggerEntry) -> bool:
    """"vowed never to give up": a pledge not to act is a refusal."""
    return entry.event_type is EventType.ANNOUNCE and entry.cameo.startswith("03") and any(
        (c.dep_ == "xcomp" or c.dep_ == "ccomp" and _own_concession_refused(token, c))
        and any(n.dep_ == "neg" for n in c.children) for c in token.children)


# what one vows never to do that gives something up: "vowed that his country would never renounce its claim"
CONCEDING_VERBS = {"renounce", "give", "accept", "recognize", "recognise", "surrender", "cede", "relinquish", "waive",
                   "yield", "negotiate", "bow", "back", "compromise", "concede", "apologise", "apologize", "return",
                   "hand"}


def _own_concession_refused(vow: Token, clause: Token) -> bool:
    """"vowed that it would never renounce its claim", "that Kyiv would never give up Crimea": a refusal when what
    would never happen is giving something up (not "vowed that France would never abandon Ukraine", nor "that
    Hamas would never rule Gaza")."""
    return vow.lemma_.lower() in ("vow", "pledge", "swear") and clause.lemma_.lower() in CONCEDING_VERBS and any(
        a.dep_ == "aux" and a.lower_ in INTENT_AUX for a in clause.children)


def _warned_of_a_state_of_affairs(token: Token, entry: TriggerEntry) -> bool:
    """"warned that the region is entering a drought": a warning of what is, which threatens nothing."""
    if entry.event_type is not EventType.THREATEN or any(c.dep_ in ("dobj", "dative") for c in token.children):
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass")
                                                                      for s in c.children)]
    return bool(clauses) and not any(a.dep_ in ("aux", "auxpass") and a.lower_ in MODALS
                                     for c in clauses for a in c.children) and not any(
        _readied(c) for c in clauses)


def _readied(clause: Token) -> bool:
    """"Ecuador was prepared to take additional measures": an act one stands ready to do, said as a state."""
    return clause.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in ("ready", "prepared", "willing")
                                         and any(x.dep_ == "xcomp" for x in c.children) for c in clause.children)


def _defends_its_own(token: Token, entry: TriggerEntry) -> bool:
    """"The ministry defended its commitment to …": justifying one's own act supports no one else."""
    return entry.event_type is EventType.SUPPORT and token.lemma_.lower() in ("defend", "justify") and any(
        c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in OWN for p in (c, *_of_what(c)) for p in p.children)
        for c in token.children)  # (and "every inch of its territory")


def _of_what(noun: Token) -> list[Token]:
    """What a part or amount is of: "its territory" in "every inch of its territory"."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


OWN = {"its", "their", "his", "her", "our", "my"}
MODALS = {"will", "would", "could", "might", "may", "shall", "can", "must", "should", "'ll", "wo", "ca"}
UNREAL_MODALS = MODALS - {"will", "shall", "'ll", "wo"}  # what may or must be, not what will be


def _warned_of(token: Token, entry: TriggerEntry) -> Token | None:
    """Whose act a warning is about: "Y" in "X warned (Z) that Y would …"; a threat only when Y is X
    ("warned Maduro that South America did not need confusion" threatens nothing)."""
    if entry.event_type is not EventType.THREATEN:
        return None
    addressed = any(c.dep_ in ("dobj", "dative") for c in token.children)
    for clause in token.children:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] if clause.dep_ == "ccomp" else []
        # "warned Putin that any attack would be met with a response" threatens; "warned Maduro that
        # South America did not need confusion" does not: with an addressee, only a named doer counts
        if subjects and (not addressed or subjects[0].ent_type_ in NAMED_DOERS):
            return subjects[0]
    return None


NAMED_DOERS = {"GPE", "ORG", "NORP", "PERSON", "LOC"}


HOPING_VERBS = {"hope", "wish", "expect", "want"}  # (pipeline.extraction.lemmas gives "hoped" its lemma)


def _hoped_of(token: Token) -> Trigger | None:
    """"China hopes that the U.S. side will abide by …": an appeal to the one hoped of."""
    if token.lemma_.lower() not in HOPING_VERBS:
        return None
    for clause in token.children:
        subjects = [c for c in clause.children if c.dep_ == "nsubj"] if clause.dep_ == "ccomp" else []
        if subjects and subjects[0].pos_ != "PRON" and not any(c.dep_ == "neg" for c in clause.children):
            return Trigger(token, TriggerEntry(EventType.REQUEST, "020"), is_noun=False, verb=token,
                           target_head=subjects[0], needs_target=True)
    return None


COOPERATING_VERBS = {"cooperate", "work", "talk", "negotiate", "engage", "partner", "collaborate"}
TALKING_VERBS = {"talk", "negotiate", "engage"}


def _ready_to_work_with(token: Token) -> tuple[Token, bool] | None:
    """Whom one says it is ready to work with, and whether it says it is not: ("Israel", False) for "was ready
    to cooperate with Israel on energy", ("the United States", True) for "was not ready to negotiate with the
    United States"."""
    if token.lemma_.lower() not in ("ready", "willing", "prepared", "open") or token.dep_ != "acomp":
        return None
    negated = any(n.dep_ == "neg" for n in token.head.children)
    partner = next((o for act in token.children if act.dep_ == "xcomp" and act.lemma_.lower() in (
                    TALKING_VERBS if negated else COOPERATING_VERBS)
                    for p in act.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"),
                   None)
    return (partner, negated) if partner is not None else None


WEIGHING_VERBS = {"consider", "weigh", "mull", "contemplate", "study", "explore"}
WEIGHED_MEASURES = {"measure", "countermeasure", "step", "option", "retaliation", "response", "action", "sanction"}


def _measures_weighed_against(token: Token) -> Token | None:
    """Who measures being weighed are against: "Canada" in "was considering further measures against Canada"."""
    if token.lemma_.lower() not in WEIGHING_VERBS or any(c.dep_ == "neg" for c in token.children):
        return None
    return next((o for m in token.children if m.dep_ == "dobj" and m.lemma_.lower() in WEIGHED_MEASURES
                 for p in m.children if p.dep_ == "prep" and p.lower_ == "against"
                 for o in p.children if o.dep_ == "pobj"), None)


def _said_to_be(token: Token, lexicon: TriggerLexicon) -> list[Token]:
    """The clauses of "be" a verb of saying reports: "was" in "said talks were out of the question"."""
    if token.lemma_.lower() not in lexicon.speech_verbs:
        return []
    return [c for c in token.children if c.dep_ == "ccomp" and c.lemma_ == "be"]


def out_of_the_question(clause: Token) -> bool:
    """A clause of "be" that rules a thing or an act out: "talks were out of the question"."""
    return clause.lemma_ == "be" and any(p.lower_ == "out" and any(w.lower_ == "question" for w in p.subtree)
                                         for p in clause.children if p.dep_ in ("prep", "advmod", "acomp"))


def _out_of_the_question(token: Token, lexicon: TriggerLexicon) -> bool:
    """A speaker ruling a thing or an act out: "said it was out of the question for the Netherlands to
    apologise", "said talks were out of the question"."""
    return any(not any(n.dep_ == "neg" for n in c.children) and out_of_the_question(c) for c in _said_to_be(token, lexicon))


CHOOSING_VERBS = {"decide", "choose", "determine", "judge", "say", "define", "vote"}


def _left_up_to(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """Who a speaker says it is up to to act: "Canberra" in "said it was up to Canberra to repair ties"."""
    for clause in _said_to_be(token, lexicon):
        if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children) or any(
                c.dep_ == "neg" for c in clause.children) or not any(
                c.dep_ in ("xcomp", "advcl") and infinitive(c) and c.lemma_.lower() not in CHOOSING_VERBS
                for c in clause.children):
            continue  # ("it is up to Kyiv to decide" says who decides, and asks nothing)
        return next((o for up in clause.children if up.lower_ == "up" for p in up.children
                     if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"), None)
    return None


TALKS_NOUNS = {"discussion", "negotiation", "negotiations", "debate", "talks", "bargaining", "grabs"}


def _not_negotiable(token: Token, lexicon: TriggerLexicon) -> bool:
    """A speaker saying a thing is not up for discussion or negotiation, or not negotiable: a refusal to
    negotiate it (CAMEO 125)."""
    for clause in _said_to_be(token, lexicon):
        negated = any(c.dep_ == "neg" for c in clause.children)
        up_for = [o for p in clause.children if p.dep_ in ("prep", "advmod", "acomp") and p.lower_ == "up"
                  for q in (p, *p.children) for o in q.subtree if o.lower_ in TALKS_NOUNS]
        unbargainable = [c for c in clause.children if c.dep_ == "acomp" and c.lower_ == "negotiable" or (
            c.dep_ == "acomp" and c.lower_ in ("non", "not") and any(w.lower_ == "negotiable" for w in c.subtree))]
        not_for_sale = any(p.dep_ == "prep" and p.lower_ == "for" and any(o.lower_ == "sale" for o in p.children)
                           for p in clause.children)  # "Greenland was not for sale"
        if negated and (up_for or not_for_sale or any(c.dep_ == "acomp" and c.lower_ == "negotiable" for c in clause.children)):
            return True
        if not negated and unbargainable and any(w.lower_ == "non" for w in clause.subtree):
            return True
    return False


def _judgement(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """Criticism said as a judgement of someone: "called X a liar", "said X's plan was reckless", or
    as an accusation of wrongdoing: "said Russia violated the accord" (aimed at a state or body only:
    "said the coup attempt undermined the economy" accuses no one)."""
    if (blamed := held_responsible(token)) is not None:
        if any(c.dep_ == "aux" and (c.lower_ in ("will", "'ll", "shall") or (c.lower_ == "would" and token.dep_ == "ccomp"))
               for c in token.children):  # (and "said it would hold Moscow accountable", a reported will)
            # "the US will hold Iran accountable": a warning that it will be made to pay
            return Trigger(token, TriggerEntry(EventType.THREATEN, "130"), is_noun=False, verb=token, target_head=blamed,
                           needs_target=True, intent_subject=next((c for c in token.children if c.dep_ == "nsubj"), None))
        return Trigger(token, TriggerEntry(EventType.CONDEMN, "112"), is_noun=False, verb=token, target_head=blamed,
                       needs_target=True, judged=True)
    if (accused := accused_subject(token, lexicon)) is not None:
        return Trigger(token, TriggerEntry(EventType.CONDEMN, "112"), is_noun=False, verb=token, target_head=accused,
                       needs_target=True, judged=True)
    if (targeted := declared_target(token)) is not None:  # "declared US bases legitimate targets"
        return Trigger(token, TriggerEntry(EventType.THREATEN, "138"), is_noun=False, verb=token, target_head=targeted,
                       needs_target=True, judged=True)
    if _not_negotiable(token, lexicon):  # "said the border was not up for discussion": talks ruled out
        return Trigger(token, TriggerEntry(EventType.REJECT, "125"), is_noun=False, verb=token, judged=True)
    if _out_of_the_question(token, lexicon):  # "said it was out of the question to apologise": ruled out
        return Trigger(token, TriggerEntry(EventType.REJECT, "120"), is_noun=False, verb=token, judged=True)
    if annulled_text(token, lexicon) is not None:  # "declared the memorandum null and void"
        return Trigger(token, TriggerEntry(EventType.REJECT, "127"), is_noun=False, verb=token, judged=True)
    if (defended := upheld_self_defence(token, lexicon)) is not None:  # "said Ukraine had the right to defend itself"
        return Trigger(token, TriggerEntry(EventType.SUPPORT, "052"), is_noun=False, verb=token, target_head=defended,
                       needs_target=True, judged=True)
    judged = characterized_object(token, lexicon) or judged_subject(token, lexicon)
    praised = praised_object(token, lexicon) if judged is None else None
    if praised is not None and praised.lemma_.lower() in lexicon.agreement_nouns | PRAISED_ACTS:
        # an act praised: "called the deal a breakthrough" (its parties), "described Iran's admission as historic"
        return Trigger(token, TriggerEntry(EventType.SUPPORT, "051"), is_noun=False, verb=token, judged=True)
    if praised is not None:
        return Trigger(token, TriggerEntry(EventType.SUPPORT, "051"), is_noun=False, verb=token, target_head=praised,
                       needs_target=True, judged=True)  # "called Sweden a reliable partner"
    if judged is None:
        return None
    if judged.lemma_.lower() in ACCUSATIONS:  # "said the accusations were baseless": a denial
        # aimed at whose accusations they are ("Chile's demands"), not at what they are about
        return Trigger(token, TriggerEntry(EventType.REJECT, "120"), is_noun=False, verb=token, target_head=judged,
                       judged=True)
    return Trigger(token, TriggerEntry(EventType.CONDEMN, "111"), is_noun=False, verb=token, target_head=judged,
                   judged=True)


INTENT_AUX = {"will", "would", "shall", "'ll"}
# verbs of refusing, which said negated refuse nothing: "would not resist any demands from Moscow"
REFUSING_VERBS = {"resist", "reject", "refuse", "oppose", "defy", "ignore", "rebuff", "object"}
# what a speaker denies or turns down by judging it: "said the accusations were baseless", "says the
# demands are unrealistic"
ACCUSATIONS = {"accusation", "allegation", "claim", "charge", "report", "suggestion", "demand", "proposal", "offer",
               "request", "ultimatum", "condition"}


def _stated_intent(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """"Turkey said it would relax its visa ban": a statement of the speaker's own intent; "made clear
    that she would not accept" says it too."""
    clear = [c for c in token.children if c.dep_ in ("oprd", "acomp", "ccomp") and c.lower_ == "clear"]
    if token.lemma_.lower() not in lexicon.speech_verbs and not (token.lemma_ == "make" and clear):
        return None
    ccomps = [c for c in token.children if c.dep_ == "ccomp" and c not in clear] + [
        g for c in clear for g in c.children if g.dep_ in ("ccomp", "csubj")]  # "made clear that …", parsed any way
    subjectless = [v for c in ccomps for v in c.conjuncts if v.i > c.i and not any(
        s.dep_ in ("nsubj", "nsubjpass") for s in v.children)]
    # "said that the sanctions were illegal and that Russia would respond"
    said_too = [v for c in ccomps for v in c.conjuncts if v.i > c.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in v.children)]
    if any(c.dep_ == "neg" for c in token.children):
        return None  # "Washington has not said whether it will match …"
    for clause in [*ccomps, *subjectless, *said_too]:
        if clause.lemma_ == "be" or clause.lemma_.lower() in lexicon.facing_verbs or any(
                m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in clause.children):
            continue  # (nor "said it would face US tariffs": what others would do to it)
        # "they will be paid" is no intent; "said Chile respects …, but will investigate": Chile's
        subjects = [c for c in clause.children if c.dep_ == "nsubj"] or (
            [c for c in clause.head.children if c.dep_ == "nsubj"] if clause.dep_ == "conj" else [])
        hypothetical = any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in token.children)
        if subjects and not hypothetical and any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in clause.children):
            # "said it would not act on the call": a refusal; "said it would relax its ban": an intent
            # "would not hesitate to freeze assets" intends what it would not hesitate to do
            refused = any(c.dep_ == "neg" for c in clause.children) and clause.lemma_.lower() != "hesitate" and not (
                idle_bystander(clause))  # "would not sit idly by": a response promised
            if refused and (clause.lemma_.lower() in lexicon.characterizing_verbs | lexicon.speech_verbs | REFUSING_VERBS or any(
                    c.dep_ == "auxpass" for c in clause.children)):
                # "said he would never call him a liar", "would not be intimidated", "would not resist any demands"
                continue
            # "would not hesitate to strike", "would continue to target ships": the act is the infinitive
            act = next((x for x in clause.children if x.dep_ == "xcomp"), clause) if clause.lemma_ in (
                "hesitate", "continue", "keep", "resume") else clause
            violent = act.lemma_.lower() in lexicon.violent_verbs or (act.lemma_.lower() == "target" and any(
                o.dep_ == "dobj" and o.lemma_.lower() in lexicon.armed_targets for o in act.children)) or (
                act.lemma_.lower() in KEEPING_VERBS and any(  # "would resume attacks on government forces"
                    o.dep_ == "dobj" and o.lemma_.lower() in VIOLENT_NOUNS for o in act.children)) or (
                act.lemma_.lower() == "use" and any(  # "would use military force against …"
                    o.dep_ == "dobj" and o.lemma_.lower() in ("force", "pressure", "coercion") for o in act.children))
            whatever_it_takes = clause.lemma_.lower() == "hesitate" and act.lemma_.lower() == "do" and any(
                t.lower_ in ("whatever", "anything") for t in act.subtree if act.i < t.i <= act.i + 2) and any(
                t.lemma_.lower() in ("protect", "defend", "safeguard") and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in GUARDED for o in t.children) for t in act.subtree)
            # "would not hesitate to do whatever was necessary to protect its rights": a threat
            entry = TriggerEntry(EventType.REJECT, "120") if refused else TriggerEntry(EventType.THREATEN, "138") if (
                violent) else TriggerEntry(EventType.THREATEN, "130") if retaliation(act, lexicon) or whatever_it_takes else (
                TriggerEntry(EventType.ANNOUNCE, "030"))
            return Trigger(token, entry, is_noun=False, verb=token, intent_subject=subjects[0],
                           needs_target=violent and not refused)  # not "would attack poverty"
    return None


def find_triggers(sentence: Span, lexicon: TriggerLexicon) -> list[Trigger]:
    triggers = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and _by_phone(token) and (lemma in lexicon.speech_verbs or (
                lemma in PHONED_ACTS and any(o.dep_ == "dobj" and o.lemma_.lower() not in PRESS for o in token.children)) or (
                lemma in CONVERSING_VERBS and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children))):
            # "told X by phone", "congratulated X by telephone", "the two prime ministers spoke by phone"
            # (with "with": the verb's own entry)
            triggers.append(Trigger(token, TriggerEntry(EventType.MEET, "041"), is_noun=False, verb=token))
        if token.pos_ == "ADJ" and (force := readied_force(token, lexicon)) is not None:
            # "Iran is ready to retaliate against any Israeli attack": a threat to who is named
            aimed_at = next((o for p in force.children if p.dep_ == "prep" and p.lower_ in ("against", "to")
                             for o in p.children if o.dep_ == "pobj"), None)
            triggers.append(Trigger(token, TriggerEntry(EventType.THREATEN, "138"), is_noun=False, verb=token,
                                    target_head=aimed_at, needs_target=True))
            continue
        if token.pos_ == "ADJ" and (readied := readied_sanctions(token)) is not None:
            # "the bloc was ready to consider further sanctions against Nicaraguan officials": a threat of them
            aimed_at = next((o for p in readied.children if p.dep_ == "prep" and p.lower_ in ("against", "on")
                             for o in p.children if o.dep_ == "pobj"), None)
            triggers.append(Trigger(token, TriggerEntry(EventType.THREATEN, "130"), is_noun=False, verb=token,
                                    target_head=aimed_at, needs_target=True))
            continue
        if token.pos_ == "ADJ" and (readiness := _ready_to_work_with(token)) is not None:
            # "said Turkey was ready to cooperate with Israel on energy": an intent to cooperate (CAMEO 030);
            # "was not ready to negotiate with the United States": talks refused (125)
            partner, refused = readiness
            stance = TriggerEntry(EventType.REJECT, "125") if refused else TriggerEntry(EventType.ANNOUNCE, "030")
            triggers.append(Trigger(token, stance, is_noun=False, verb=token, target_head=partner, needs_target=True))
            continue
        if token.pos_ == "VERB" and idle_bystander(token) and token.dep_ == "ROOT" and any(
                c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "wo") for c in token.children):
            # "Iran will not stand idly by if Israel attacks Lebanon": a response promised
            condition = next((a for a in token.children if a.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "while", "should") for m in a.children)), None)
            triggers.append(Trigger(token, TriggerEntry(EventType.THREATEN, "130"), is_noun=False, verb=token,
                                    intent_subject=next((c for c in token.children if c.dep_ == "nsubj"), None),
                                    target_head=next((c for c in condition.children if c.dep_ == "nsubj"), None)
                                    if condition is not None else None))
            continue
        if token.pos_ == "VERB" and (met := met_with_force(token, lexicon)) is not None:
            # "warned that any Israeli attack would be met with force": aimed at who would attack
            act, cameo = met
            doer = next((c for c in act.children if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in (
                "NORP", "GPE", "ORG")), None)
            triggers.append(Trigger(token, TriggerEntry(EventType.THREATEN, cameo), is_noun=False, verb=token,
                                    target_head=doer))
            continue
        if token.pos_ == "VERB" and taken_as_war(token, lexicon):
            # "any intervention would be treated as a declaration of war": a warning of the speaker's response
            triggers.append(Trigger(token, TriggerEntry(EventType.THREATEN, "138"), is_noun=False, verb=token))
            continue
        if token.pos_ == "VERB" and (weighed_against := _measures_weighed_against(token)) is not None:
            # "was considering further measures against Canada": a threat of them
            triggers.append(Trigger(token, TriggerEntry(EventType.THREATEN, "130"), is_noun=False, verb=token,
                                    target_head=weighed_against, needs_target=True))
            continue
        if token.pos_ in ("VERB", "AUX") and (judgement := _judgement(token, lexicon)) is not None:
            triggers.append(judgement)
            if (intent := _stated_intent(token, lexicon)) is not None and intent.event_type is EventType.THREATEN:
                triggers.append(intent)  # "said the sanctions were illegal and that Russia would respond"
            continue
        if token.pos_ == "VERB" and (refused_act := no_reason_to(token)) is not None:
            # "saw no reason to negotiate with Orban": a refusal of the act, aimed at whom it was to be done with
            aimed_at = next((o for p in refused_act.children if p.dep_ == "prep" and p.lower_ in ("with", "to", "on")
                             for o in p.children if o.dep_ == "pobj"), None)
            # only talks: "saw no reason to expel them", "found no reason to suspect" refuse nothing said
            if any(e.event_type is EventType.MEET for e in lexicon.verbs.get(refused_act.lemma_.lower(), [])) or any(
                    (e := noun_entry(o, lexicon)) is not None and e.event_type is EventType.MEET
                    for o in refused_act.children if o.dep_ == "dobj"):
                triggers.append(Trigger(token, TriggerEntry(EventType.REJECT, "125"), is_noun=False, verb=token,
                                        target_head=aimed_at))
                continue
        if token.pos_ == "VERB" and (destination := _delegation_led_to(token)) is not None:
            triggers.append(Trigger(token, TriggerEntry(EventType.MEET, "042"), is_noun=False, verb=token,
                                    target_head=destination, needs_target=True))
            continue
        if token.pos_ == "VERB" and (called := _phoned(token)) is not None:
            triggers.append(Trigger(token, TriggerEntry(EventType.MEET, "041"), is_noun=False, verb=token,
                                    target_head=called, needs_target=True))
            continue
        entry = _verb_entry(token, lexicon.verbs[lemma], lexicon) if lemma in lexicon.verbs and (
            token.pos_ == "VERB" or (token.pos_ == "ADJ" and token.dep_ == "acomp" and lemma in PREDICATE_ADJECTIVES)
        ) else None
        if entry is not None and entry.cameo == "166" and "out" in entry.preps and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in FIGHTERS for c in token.children):
            entry = None  # "Ukrainian forces pushed out Russian troops": ground taken, no expulsion
        if entry is not None and lemma in ("block", "vote") and entry.event_type is EventType.REJECT and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in DOMESTIC_DECIDERS for c in token.children) and not any(
                d.ent_type_ in ("GPE", "NORP") for o in token.children if o.dep_ in ("dobj", "pobj")
                for d in o.subtree if d.i < o.i):  # (not "blocked Sweden's NATO membership bid")
            entry = None  # "the Senate voted down a resolution", "the court blocked the extradition": at home
        if entry is not None and lemma == "oppose" and entry.event_type is EventType.CONDEMN and not any(
                o.dep_ == "dobj" and (_names_a_doer(o) or any(
                    _names_a_doer(d) and (p.lower_ == "by" or d.pos_ != "PROPN")  # "of the Ukrainian army", not "of Bolivia"
                    for p in o.children if p.dep_ == "prep" and p.lower_ in ("of", "by") for d in p.children))
                for o in token.children):
            entry = None  # "opposed the U.S. action" names the doer; "opposed the invasion of Ukraine" its victim
        if entry is not None and _agreed_that(token):
            entry = None  # "Spain and the EU agreed the measure breached the accord": of one mind, no deal
        if entry is not None and "list" in entry.objects and entry.preps & {"from", "off"}:
            if not _names_a_favoured_list(token):
                entry = None  # "removed Cuba from the list of state sponsors of terrorism" punishes no one
        elif entry is not None and "list" in entry.objects and not _names_a_blacklist(token):
            entry = None  # "put Ukraine on the list of countries eligible for aid" punishes no one
        if entry is not None and lemma == "meet" and any(c.dep_ == "auxpass" for c in token.children) and any(
                c.dep_ in ("prep", "agent") and c.lower_ == "with" for c in token.children):
            entry = None  # "was met with protests", "would be met with force": a reception, no meeting
        if entry is not None and entry.event_type is EventType.SUPPORT and token.dep_ == "acl" and (
                token.head.lemma_.lower() in LAW_NOUNS):
            entry = None  # "in retaliation for a US law supporting the protesters": what a law backs is no one's praise
        if entry is not None and entry.event_type is EventType.THREATEN and _endangered_by_a_thing(token, lexicon):
            entry = None  # "the Houthis' attacks threaten to disrupt supply chains": a danger, not a threat made
        if entry is not None and entry.event_type is EventType.AGREE and _signed_as_witness(token):
            entry = None  # "Trump signed as a witness": no party to it
        if entry is not None and lemma == "join" and entry.event_type is EventType.MEET and any(
                c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in c.children)
                for c in token.children):
            entry = None  # "joined other EU leaders in condemning the coup": the condemning is the act
        if entry is not None and token.dep_ not in ("amod", "compound") and not _purpose_of_a_means(token) and not (
                entry.event_type is EventType.REQUEST and _asked_in_passing(token)):
            if entry.event_type is EventType.AGREE and any(
                c.dep_ == "xcomp" for c in token.children
            ):
                entry = replace(entry, cameo="030")  # "agreed to resume flights": an intent
            if entry.cameo == "040" and _by_phone(token):
                entry = replace(entry, cameo="041")  # "spoke by phone with …"
            if entry.event_type is EventType.REJECT and token.dep_ == "xcomp" and token.head.lemma_.lower() in (
                    "refuse", "decline") and _not_ruled_out(token.head, entry) is not None:
                continue  # "rule out" in "declined to rule out a second term": what was not ruled out
            if (ruled := _not_ruled_out(token, entry)) is not None:
                if ruled.lemma_.lower() not in lexicon.force_words:
                    continue  # "refused to rule out a second term" refuses nothing
                # "refused to rule out military force against Venezuela": a threat of it
                aimed_at = next((o for p in ruled.children if p.dep_ == "prep" and p.lower_ in ("against", "on")
                                 for o in p.children if o.dep_ == "pobj"), None)
                by_force = ruled.lemma_.lower() not in ("sanction", "sanctions", "measure", "measures")
                triggers.append(Trigger(token, TriggerEntry(EventType.THREATEN, "138" if by_force else "130"),
                                        is_noun=False, verb=token, target_head=aimed_at))
                continue
            if _vowed_not_to(token, entry):
                entry = replace(entry, event_type=EventType.REJECT, cameo="120")
            violence_vowed = vowed_violence(token, entry, lexicon)
            if violence_vowed:
                entry = replace(entry, event_type=EventType.THREATEN, cameo="138")
            elif (vowed := vowed_response(token, entry, lexicon)) is not None:
                response, answered = vowed
                armed = any(a.lower_ in ("military", "armed") for a in response.children if a.dep_ == "amod")
                triggers.append(Trigger(token, replace(entry, event_type=EventType.THREATEN, cameo="138" if armed else "130"),
                                        is_noun=False, verb=token, target_head=answered))
                continue
            if _warned_of_a_state_of_affairs(token, entry) or _defends_its_own(token, entry):
                continue
            if (facing := warned_to_face(token, entry, lexicon)) is not None:
                triggers.append(Trigger(token, entry, is_noun=False, verb=token, target_head=facing))
            else:
                triggers.append(Trigger(token, entry, is_noun=False, verb=token,
                                        own_act_subject=None if violence_vowed else _warned_of(token, entry)))
        elif token.pos_ == "VERB" and lemma in lexicon.speech_verbs and (facing := penalty_faced(token, lexicon)) is not None:
            # "Trump said Colombia would face tariffs": the speaker's threat, when the speaker is a state or body
            # (not "Goldman Sachs said …") and the penalty names no other imposer ("sanctions from Europe")
            triggers.append(Trigger(token, TriggerEntry(EventType.THREATEN, "130"), is_noun=False, verb=token,
                                    target_head=facing, needs_target=True, official_source=True))
        elif token.pos_ == "VERB" and (intent := _stated_intent(token, lexicon)) is not None:
            triggers.append(intent)
        elif token.pos_ == "VERB" and (appeal := _hoped_of(token)) is not None:
            triggers.append(appeal)
        elif token.pos_ == "VERB" and (left_to := _left_up_to(token, lexicon)) is not None:
            # "said it was up to Canberra to repair the relationship": an appeal to Canberra
            triggers.append(Trigger(token, TriggerEntry(EventType.REQUEST, "020"), is_noun=False, verb=token,
                                    target_head=left_to, needs_target=True))
        elif token.pos_ == "VERB" and (consequences := consequences_said(token, lexicon)) is not None:
            aimed_at = next((o for p in consequences.children if p.dep_ == "prep" and p.lower_ in ("for", "on")
                             for o in p.children if o.dep_ == "pobj"), None)  # "repercussions for X"
            triggers.append(Trigger(token, TriggerEntry(EventType.THREATEN, "130"), is_noun=False, verb=token,
                                    target_head=aimed_at))
        elif token.pos_ == "VERB" and (obliged := _obligation_said(token, lexicon)) is not None:
            triggers.append(Trigger(token, TriggerEntry(EventType.REQUEST, "100"), is_noun=False, verb=token,
                                    target_head=obliged, by_speaker=True, needs_target=True))
        elif token.pos_ == "VERB" and (urged := time_for(token, lexicon)) is not None:
            triggers.append(Trigger(token, TriggerEntry(EventType.REQUEST, "020"), is_noun=False, verb=token,
                                    target_head=urged, needs_target=True))
        elif token.pos_ == "VERB" and (clause := demanded_clause(token, lexicon)) is not None:
            modal = next((a.lower_ for a in clause.children if a.dep_ == "aux" and a.lower_ in lexicon.demand_modals),
                         clause.lemma_.lower())  # (or "had to", "needed to")
            entry = TriggerEntry(EventType.REQUEST, "100" if modal in ("must", "have") else "020")
            triggers.append(Trigger(token, entry, is_noun=False, verb=token))
        elif token.pos_ in ("NOUN", "PROPN") and (entry := noun_entry(token, lexicon)) is not None:
            if token.lemma_.lower() in lexicon.measure_nouns and not any(
                    o.lemma_.lower() in lexicon.measured_things or o.lower_ in lexicon.measured_things or o.ent_type_ in ("GPE", "NORP")
                    for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "on", "to")
                    for o in p.children if o.dep_ == "pobj"):
                continue  # "the suspension of a player", "a freeze in relations" said loosely
            if token.lower_ == "representations" and not (token.head.lemma_ == "lodge" or any(
                    c.lower_ in ("stern", "strong", "solemn", "serious") for c in token.children if c.dep_ == "amod")):
                continue  # "lodged stern representations" protests; "made representations about visas" does not
            aimed = AIMED_NOUNS.get(token.lower_)
            holders = [token, token.head] if token.dep_ in OBJECT_DEPS else [token]  # "issued a warning to X"
            if aimed and not any(c.dep_ in ("prep", "dative") and c.lower_ in aimed
                                 for h in holders for c in h.children):
                continue
            modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "prep")}
            if entry.event_type is EventType.MEET and modifiers & lexicon.non_meeting_modifiers and not (
                    modifiers & {"joint", "with", "between"}):
                continue  # "a press conference" is where something is said; "a joint press conference" a meeting
            context = _noun_context(token, entry, lexicon)
            if context is not None:
                verb, denied = context
                if _agreed_text(token, entry, verb, lexicon):
                    entry = replace(entry, event_type=EventType.AGREE, cameo="057")
                if entry.event_type is EventType.AGREE and verb is not None and _signed_as_witness(verb):
                    continue  # "signed the Gaza declaration as a witness"
                triggers.append(Trigger(token, entry, is_noun=True, verb=verb, denied=denied))
    return triggers


def _a_time(prep: Token) -> bool:
    """A preposition whose object is a time: "for two hours", "for an hour"."""
    return any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in ("hour", "minute", "day", "week")
               for o in prep.children if o.dep_ == "pobj")


# texts that say what they do, without acting: "a US law supporting the protesters"
LAW_NOUNS = {"law", "bill", "act", "legislation", "statute"}
# things, not actors, that can endanger: "the war threatens to spill over", "the move threatens the talks"
ENDANGERING_THINGS = {"war", "conflict", "crisis", "decision", "plan", "policy", "situation", "violence", "fighting",
                      "dispute", "row", "standoff", "tension", "tensions", "escalation", "shortage", "drought", "drill",
                      "exercise", "test", "launch", "buildup", "build-up", "deployment"}


def _endangered_by_a_thing(verb: Token, lexicon: TriggerLexicon) -> bool:
    """"The attacks threaten to disrupt supply chains", "China's drills threaten peace": a danger, not a threat."""
    if verb.lemma_.lower() != "threaten":
        return False
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in ENDANGERING_THINGS or c.lemma_.lower() in lexicon.hostile_acts
                                      or c.lower_ in lexicon.hostile_acts) for c in verb.children)


def _signed_as_witness(verb: Token) -> bool:
    """"signed as a witness", "signed the declaration as an observer": no party to what is signed."""
    holders = [verb, *(o for o in verb.children if o.dep_ in OBJECT_DEPS)]  # the parser may hang "as" on the text
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(o.lemma_.lower() in ("witness", "observer")
                                                             for o in c.children) for h in holders for c in h.children)


def noun_entry(token: Token, lexicon: TriggerLexicon) -> TriggerEntry | None:
    """The sense of an event noun here: the first qualified sense whose preposition or modifier it has
    ("renewed its call for talks", "its call for Chile to act"), else its plain sense."""
    lemma = token.lemma_.lower()
    for entry in [*lexicon.qualified_nouns.get(token.lower_, ()), *lexicon.qualified_nouns.get(lemma, ())]:
        if entry.preps and not (any(c.dep_ == "prep" and c.lower_ in entry.preps and not _a_time(c) for c in token.children) or (
                "for" in entry.preps and for_to_clause(token) is not None)):
            continue
        if entry.modifiers and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in entry.modifiers
                                       for c in token.children):
            continue
        return entry
    return lexicon.nouns.get(token.lower_) or lexicon.nouns.get(lemma)


def with_cameo(trigger: Trigger, cameo: str, event_type: EventType | None = None) -> Trigger:
    entry = replace(trigger.entry, cameo=cameo, event_type=event_type or trigger.entry.event_type)
    return replace(trigger, entry=entry)
