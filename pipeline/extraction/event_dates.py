"""When an event took place: the time expression its own clause gives, or one it shares its time with."""

from datetime import date, timedelta

from spacy.tokens import Span, Token

from pipeline.extraction.clauses import clause_tokens, contrasting_clause, reporting_verbs, when_clause_of_a_time
from pipeline.extraction.dates import anaphoric_shift, in_year_said_before, resolve_date, time_ago
from pipeline.extraction.document import ArticleDoc
from pipeline.extraction.triggers import Trigger, governing_verb, infinitive
from pipeline.models import EventType

__all__ = ["ANNOUNCING", "event_date"]

NEARBY_DATE_TOKENS = 12  # how far from its trigger a date the parse hung elsewhere may stand


ANY_YEAR = 2000


def _time_named_by_when(verb: Token | None, parsed: ArticleDoc) -> Span | None:
    """The time a "when" clause hangs from: "last August" in "since last August, when it refused"."""
    if verb is None or not when_clause_of_a_time(verb):
        return None
    return next((e for e in parsed.dates if e.start <= verb.head.i < e.end), None)


def _resolve(entity: Span, parsed: ArticleDoc, published: date, future: bool, after_since: bool = False) -> str | None:
    """A date entity as ISO: "that November" in the year said before it, others against publication;
    one after "since" only when `after_since` (it dates what a when-clause hung on it tells)."""
    # the tagger leaves "that" out of "that November"
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    said = f"that {entity.text}" if before is not None and before.lower_ == "that" and before.tag_ == "DT" else entity.text
    if in_year_said_before(said, ANY_YEAR) is not None:  # a phrase that points back to a year said before
        return in_year_said_before(said, parsed.year_before(entity.start))
    if entity.root.head.lower_ == "since" and entity.root.dep_ == "pobj" and not after_since:
        return None  # "his first visit since 2012": when the last one was, not this one
    return resolve_date(entity.text, published, future)


def _distance(entity: Span, anchor: int) -> int:
    """Tokens between a date entity and a trigger."""
    return min(abs(entity.start - anchor), abs(entity.end - 1 - anchor))


def event_date(trigger: Trigger, parsed: ArticleDoc, published: date, future: bool,
               speech_verbs: frozenset[str]) -> str | None:
    """The ISO date (maybe partial) of the trigger's event, or None when the text gives none for it.

    `future` says the event lies ahead, so that "on Tuesday" is the coming one."""
    clause = clause_tokens(trigger)
    verb = trigger.verb
    anchor = trigger.token.i
    if (when := _time_named_by_when(verb, parsed)) is not None:  # "since last August, when it refused …"
        return _resolve(when, parsed, published, future, after_since=True)
    while verb is not None:
        # the date said nearest the trigger: "agreed on Tuesday" over a dateline's "March 4"
        for entity in sorted(parsed.dates, key=lambda e: _distance(e, anchor)):
            if entity.root in clause and not _names_a_thing(entity, trigger) and (
                    resolved := _resolve(entity, parsed, published, future)):
                return resolved  # a vague one ("the next day" of another act) gives way to the next
        if verb is trigger.verb and (since := _time_since(verb, parsed, published)) is not None:
            return since  # "six months since they signed": only when the clause gives no date of its own
        if not _shares_time_with_head(verb, trigger, speech_verbs):
            break
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
            verb = verb.head  # "adopted a resolution on Wednesday demanding …": demanded as adopted
        clause = clause_tokens(Trigger(verb, trigger.entry, False, verb))
    if (aside := _said_aside(trigger, parsed, published, future)) is not None:
        return aside
    if trigger.target_head is not None:  # a judgement is made when its speaker says it
        speaker_verb = next((a for a in trigger.token.ancestors if a.lemma_ in speech_verbs), None)
        if speaker_verb is not None and (said := _date_of(speaker_verb, trigger, parsed, published, future)):
            return said
    return _nearby_date(trigger, parsed, published, future) or _anchored_date(trigger, parsed)


# texts named by the year they were made: "the 2015 declaration" dates the declaration, not what is done to it
NAMED_TEXTS = {"declaration", "agreement", "accord", "treaty", "deal", "resolution", "constitution", "law", "pact",
               "charter", "memorandum", "protocol", "convention", "framework", "roadmap", "communique", "ceasefire"}
# happenings named by their date, which date them and not what is done about them: "refused to recognise his
# victory in an August 2020 election", "condemned the Oct. 7 attack"
NAMED_HAPPENINGS = {"election", "elections", "vote", "referendum", "coup", "war", "attack", "attacks", "bombing",
                    "bombings", "blast", "blasts", "explosion", "explosions", "poisoning", "crash", "shooting",
                    "invasion", "uprising", "revolution", "massacre"}


def _names_a_thing(entity: Span, trigger: Trigger) -> bool:
    """A date that names a text, not when the act was done: "violating the 2015 declaration", "the 1993
    accord" (while "a 2016 visit", "a Dec. 21 move" and "signed the March 10 agreement" date the act)."""
    root, text = entity.root, entity.root.head
    if root.dep_ not in ("compound", "nummod", "amod", "nmod") or text.i < entity.end or trigger.token is text:
        return False
    if text.lemma_.lower() in NAMED_HAPPENINGS:
        return True  # "condemned the Oct. 7 attack": when the attack was
    return text.lemma_.lower() in NAMED_TEXTS and trigger.event_type is not EventType.AGREE and trigger.token is not text.head


def _said_aside(trigger: Trigger, parsed: ArticleDoc, published: date, future: bool) -> str | None:
    """"X condemned Y, telling reporters on Wednesday that …": the date of a participle that follows
    the act, said at the same time (not of its reported content)."""
    verb = trigger.verb
    if verb is None:
        return None
    for aside in verb.children:
        if aside.dep_ == "advcl" and aside.tag_ == "VBG" and aside.i > verb.i and not any(
                c.dep_ == "mark" for c in aside.children):
            if (said := _date_of(aside, trigger, parsed, published, future)) is not None:
                return said
    return None


def _date_of(verb: Token, trigger: Trigger, parsed: ArticleDoc, published: date, future: bool) -> str | None:
    """The first date said in `verb`'s own clause."""
    clause = clause_tokens(Trigger(verb, trigger.entry, False, verb))
    return next((resolved for entity in parsed.dates if entity.root in clause and not _names_a_thing(entity, trigger)
                 and (resolved := _resolve(entity, parsed, published, future))), None)


def _time_since(verb: Token, parsed: ArticleDoc, published: date) -> str | None:
    """"Two years since Russia invaded", "it has been six months since they signed": the act of a
    clause under "since", dated by the time said just before it, counted back from publication."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "since"), None)
    duration = next((e for e in parsed.dates if e.end == mark.i), None) if mark is not None else None
    return time_ago(duration.text, published) if duration is not None else None


def _anchored_date(trigger: Trigger, parsed: ArticleDoc) -> str | None:
    """"that day", "hours earlier", "the following day" in the trigger's clause, counted from the
    last full date said before them."""
    clause = clause_tokens(trigger)
    for entity in parsed.dates:
        shift = anaphoric_shift(entity.text) if entity.root in clause else None
        anchor = parsed.day_before(entity.start) if shift is not None else None
        if anchor is not None and shift is not None:
            try:
                return (anchor + timedelta(days=shift)).isoformat()
            except OverflowError:  # a day past the calendar's ends
                return None
    return None


def _shares_time_with_head(verb: Token, trigger: Trigger, speech_verbs: frozenset[str]) -> bool:
    """A clause said at the time of the one above it: a coordinated verb, a participle ("In August,
    Chile outlined a plan, chastising Peru"), or a judgement inside what a speaker said."""
    if verb.dep_ == "conj" or (contrasting_clause(verb) and verb.i > verb.head.i):
        return True  # "Austria pledged on Monday …, while Portugal said …": said that day too
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and not any(c.dep_ == "mark" for c in verb.children):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ("dobj", "nsubjpass"):
        return True  # "a resolution demanding …", adopted on a day
    if verb.dep_ == "ccomp" and verb.head.lemma_ in speech_verbs | ANNOUNCING and (
            _under_way(verb) or (verb is not trigger.verb and not _has_subject(trigger.verb))):
        # "announced on Sunday that they were leaving ECOWAS": done as it was said; "said on Wednesday
        # the canal was being built and rejected any interference": the rejecting was the saying
        return True
    return trigger.target_head is not None and verb.head.lemma_ in speech_verbs and verb.dep_ in (
        "ccomp", "relcl", "pcomp", "advcl")


ANNOUNCING = frozenset({"announce", "declare", "confirm"})


def _under_way(verb: Token) -> bool:
    """"were leaving", "is breaking off": a clause said as happening now."""
    return verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.lower_ in ("is", "are", "was", "were", "'s", "'re")
                                      for a in verb.children)


def _has_subject(verb: Token | None) -> bool:
    return verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _said_after(date_entity: Span, reporters: set[Token]) -> bool:
    """A date the parser hung on a verb of saying that comes before it: the saying's date."""
    reporter = governing_verb(date_entity.root)
    return reporter is not None and reporter in reporters and date_entity.start > reporter.i


def _intending_verbs(verb: Token | None) -> set[Token]:
    """The verbs that intend the trigger's act: "agreed" in "agreed on Monday to resume talks", whose
    date is when they agreed, not when the talks will be."""
    intending = set()
    while verb is not None and verb.dep_ == "xcomp" and infinitive(verb):
        verb = verb.head
        intending.add(verb)
    return intending


def _of_an_act_ahead(entity: Span, trigger: Trigger) -> bool:
    """A date of a later act the trigger's clause tells of: "on Tuesday" in "agreed that the commanders would meet
    on Tuesday" is when they meet, not when they agreed (for an act done; one ahead may well share it)."""
    verb = governing_verb(entity.root)
    if verb is None or trigger.verb is None or verb is trigger.verb or verb is trigger.token:
        return False
    # (a date before that act's verb is the parser's misplaced date of the trigger: "said on Wednesday it would not …")
    return entity.start > verb.i and trigger.verb in verb.ancestors and any(
        a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall") for a in verb.children)


def _of_a_relative_clause(entity: Span, trigger: Trigger) -> bool:
    """A date a relative clause in another act's clause gives: "1992" in "restrictions that Congress imposed in
    1992, and Washington signed …" dates the restrictions (while "attend a parade that Beijing will stage on
    Wednesday" dates the parade attended)."""
    verb = governing_verb(entity.root)
    return verb is not None and verb.dep_ == "relcl" and verb is not trigger.verb and verb is not trigger.token and (
        governing_verb(verb.head) not in (trigger.verb, trigger.token))


def _nearby_date(trigger: Trigger, parsed: ArticleDoc, published: date, future: bool) -> str | None:
    """The date said nearest the trigger in its sentence, when the parse hung it elsewhere
    ("told X by phone on Friday it was …" attaches "on Friday" to "was")."""
    if trigger.verb is not None and (trigger.verb.dep_ in ("acl", "relcl") or (
            contrasting_clause(trigger.verb) and not trigger.is_noun)):
        return None  # "the decision to suspend visas hurt families, Chile said on Monday": an earlier act
    sentence = trigger.token.sent
    anchor = trigger.token.i
    reporters = reporting_verbs(trigger.verb) if trigger.verb is not None else set()
    # "confirmed on Friday that she had asked": when she confirmed; but "X held talks in Ankara on
    # Wednesday, the ministry said" (the parser hung the date on "said"): the talks' date, said before it
    intended_by = _intending_verbs(trigger.verb) if future else set()  # "agreed on Monday to resume talks"
    near = [e for e in parsed.dates if sentence.start <= e.start and e.end <= sentence.end
            and _distance(e, anchor) <= NEARBY_DATE_TOKENS and governing_verb(e.root) not in intended_by
            and not _said_after(e, reporters) and not _names_a_thing(e, trigger) and not _of_a_relative_clause(e, trigger)
            and not (not future and _of_an_act_ahead(e, trigger))]
    for entity in sorted(near, key=lambda e: _distance(e, anchor)):
        resolved = _resolve(entity, parsed, published, future)
        if resolved is not None:
            return resolved
    return None
