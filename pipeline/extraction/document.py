"""An article's parsed text with what every later step looks up: mentions, persons, quotes, headlines."""

from bisect import bisect_right
from itertools import islice
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from pipeline.extraction.actor_dictionary import ActorDictionary, DictionaryEntry
from pipeline.extraction.dates import WEEKDAYS, anaphoric_shift, resolve_date, year_of
from pipeline.extraction.gazetteer import Gazetteer, Referent
from pipeline.extraction.genders import guess_genders
from pipeline.extraction.persons import Person, PersonRegistry, build_person_registry
from pipeline.extraction.quotes import quote_spans
from pipeline.extraction.roles import RoleVocabulary
from pipeline.models import ActorKind

__all__ = ["TEXTS_NAMED_AFTER_PLACES", "ArticleDoc", "Mention", "build_article_doc"]


ANCHOR_SENTENCES = 6  # sentences back (about a paragraph) that "that day" may look for the day it means


@dataclass(frozen=True)
class Mention:
    """A gazetteer name in the text, as a token range."""

    start: int
    end: int
    referent: Referent


@dataclass
class ArticleDoc:
    doc: Doc
    persons: PersonRegistry
    state_names: dict[str, str]
    mention_at: dict[int, Mention] = field(default_factory=dict)
    person_at: dict[int, Person] = field(default_factory=dict)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    dates: list[Span] = field(default_factory=list)
    venue_at: dict[int, tuple[int, int, str]] = field(default_factory=dict)  # token -> a venue's (start, end, state)
    region_at: dict[int, tuple[int, int, str]] = field(default_factory=dict)  # token -> a region's (start, end, state)
    pair_at: dict[int, tuple[Referent, Referent]] = field(default_factory=dict)  # "U.S.-Pakistan" -> both
    days: list[tuple[int, date]] = field(default_factory=list)  # (token after, day) of each full date said
    dateline_country: str | None = None  # the state whose capital the article is datelined in: "BEIJING (Reuters) -"

    def year_before(self, index: int) -> int | None:
        """The last year said in digits before a token: what "that November" or "that year" point back to."""
        return next((year for e in reversed(self.dates) if e.end <= index and (year := year_of(e.text)) is not None),
                    None)

    def day_before(self, index: int) -> date | None:
        """The last full date said shortly before a token: what "that day" or "hours earlier" point
        back to (one said more than a paragraph or so before is no longer what they mean)."""
        starts = [s.start for s in self.doc.sents]
        sentence = bisect_right(starts, index) - 1
        reach = starts[max(sentence - ANCHOR_SENTENCES, 0)]
        said = [day for end, day in self.days if reach < end <= index]
        return said[-1] if said else None

    def quote_around(self, token: Token) -> tuple[int, int] | None:
        return next((q for q in self.quotes if q[0] <= token.idx < q[1]), None)

    def is_headline(self, sentence: Span) -> bool:
        """A line of its own without closing punctuation: a headline or subheading."""
        text = sentence.text.strip()
        last = text.rstrip("”\"’'")[-1:] if text else ""
        alone = sentence.start == 0 or "\n" in sentence.doc[sentence.start - 1].text_with_ws
        return alone and last not in (".", "?", "!", ":", ",") and len(sentence) < 25


# texts named after the city they were made in: "the Vienna Convention", "the Oslo Accords"
TEXTS_NAMED_AFTER_PLACES = {"convention", "conventions", "agreement", "agreements", "accord", "accords", "treaty",
                            "declaration", "protocol", "process", "format", "communique", "communiqué", "charter",
                            "consensus", "memorandum", "framework", "principles"}


def _inside_longer_name(doc: Doc, start: int, mention_at: dict[int, Mention]) -> bool:
    """A name that a capitalised word the gazetteer does not know runs into: "National" before
    "Security Council" (but not "UN" or "U.N." before it, names of their own)."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and (
        start - 1 not in mention_at) and before.dep_ in ("compound", "amod", "nmod")


def _may_name(token: Token) -> bool:
    """A word that could be part of a name, whatever tag the tagger gave it."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.is_alpha and not token.is_stop)


def _persons_by_token(doc: Doc, registry: PersonRegistry, mention_at: dict[int, Mention]) -> dict[int, Person]:
    """Tokens that name a registered person, including spelling variants the NER labelled otherwise."""
    person_at: dict[int, Person] = {}
    i = 0
    while i < len(doc):
        if not _may_name(doc[i]) or i in mention_at:
            i += 1
            continue
        end = i
        while end < len(doc) and _may_name(doc[end]) and end not in mention_at:
            end += 1
        for start in range(i, end):
            person = registry.find(doc[start:end].text)
            if person is not None:
                for k in range(start, end):
                    person_at[k] = person
                break
        i = end
    return person_at


def _prefer_named_states(doc: Doc, mention_at: dict[int, Mention], gazetteer: Gazetteer) -> None:
    """A bare ambiguous name ("Congo") means the state of that name that the article names in
    full ("Republic of the Congo"); the gazetteer's first reading otherwise (the DR Congo, as news
    agencies write it)."""
    named_in_full = {m.referent.country: m.referent for m in set(mention_at.values())
                     if m.end - m.start > 1 and m.referent.country}
    for index, mention in list(mention_at.items()):
        readings = gazetteer.ambiguous.get(doc[mention.start:mention.end].text)
        if not readings or mention.end - mention.start != 1:
            continue
        chosen = next((named_in_full[c] for c in readings if c in named_in_full), None) or gazetteer.lookup(
            gazetteer.state_names.get(readings[0], "").split())
        if chosen is not None and chosen.country != mention.referent.country:
            mention_at[index] = Mention(mention.start, mention.end, chosen)


def _referent(entry: DictionaryEntry) -> Referent:
    return Referent(entry.kind, entry.name, country=entry.country, code=entry.code)




def place_persons(registry: PersonRegistry, actors: ActorDictionary, on: date) -> None:
    """Persons the article names without a state take the one the dictionary gives them on that day."""
    for person in registry.people:
        if person.country or person.organisation:
            continue
        words = actors.words_of(person.name)
        entry = actors.lookup(words, on) or (actors.lookup(words[-1:], on) if len(words) > 1 else None)
        if entry is not None and entry.kind is ActorKind.PERSON:
            person.country, person.organisation = entry.country, entry.code
            person.role = person.role or entry.role
        elif (known := actors.known_at(words, 0)) is not None and known[0] == len(words):
            states = {e.country for e in known[1] if e.kind is ActorKind.PERSON}
            person.served = states.pop() if len(states) == 1 else None
    for person in registry.people:  # "X, Putin's spokesman" speaks for Putin's state
        if person.country or person.organisation or not person.principal:
            continue
        principal = registry.find(person.principal)
        if principal is not None and principal is not person and (principal.country or principal.organisation):
            person.country, person.organisation = principal.country, principal.organisation
        elif (entry := actors.lookup(actors.words_of(person.principal), on)) is not None and entry.kind is ActorKind.PERSON:
            person.country, person.organisation = entry.country, entry.code


def build_article_doc(doc: Doc, gazetteer: Gazetteer, roles: RoleVocabulary, actors: ActorDictionary | None = None,
                      published: date | None = None) -> ArticleDoc:
    registry = build_person_registry(doc, roles, gazetteer)
    words = [t.text for t in doc]
    on = published or date.today()
    if actors is not None:
        place_persons(registry, actors, on)
    person_tokens = {t.i for e in doc.ents if e.label_ == "PERSON" and registry.find(e.text) for t in e}
    mention_at: dict[int, Mention] = {}
    i = 0
    while i < len(doc):
        found = gazetteer.match_at(words, i) if i not in person_tokens else None
        # one dictionary look-up per capitalised word ("FBI" and "IRGC" too, not only title case)
        known = actors.match_at(words, i, on) if actors is not None and doc[i].text[:1].isupper() else None
        if known is not None and known[1].kind is not ActorKind.PERSON and (found is None or known[0] > found[0]) and (
                i not in person_tokens or known[0] > 1):
            found = known[0], _referent(known[1])  # an institution or group: "the Kremlin", "Hamas"
        if found is None and known is not None and known[1].kind is ActorKind.PERSON and i not in person_tokens:
            length, entry = known  # a person in office the tagger missed: registered with the state held
            registry.add(entry.name, _referent(entry) if entry.country or entry.code else None, entry.role)
            i += length
            continue
        if found is None:
            i += 1
            continue
        length, referent = found
        if not (referent.country or referent.code):  # "Central American": held by its longer name, and no one
            i += length
            continue
        if referent.code and not referent.country and _inside_longer_name(doc, i, mention_at):
            i += length  # "National Security Council" is no UN Security Council
            continue
        if referent.is_capital and i + length < len(doc) and doc[i + length].lemma_.lower() in TEXTS_NAMED_AFTER_PLACES:
            i += length  # "the Vienna Convention", "the Minsk agreements": a text's name, no government
            continue
        mention = Mention(i, i + length, referent)
        for k in range(i, i + length):
            mention_at[k] = mention
        i += length
    _prefer_named_states(doc, mention_at, gazetteer)
    person_names = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    region_at = _regions(doc, gazetteer.regions_at(words), mention_at, person_names)
    # times that point back to a day ("hours earlier") date events as days do
    # "on Wednesday night" is a TIME to the small model, but it names a day
    dates = [e for e in doc.ents if e.label_ == "DATE" or e.label_ == "TIME" and (
        anaphoric_shift(e.text) is not None or any(t.lower_ in WEEKDAYS for t in e))]
    article = ArticleDoc(doc, registry, gazetteer.state_names, mention_at, quotes=quote_spans(doc.text), dates=dates)
    article.person_at = _persons_by_token(doc, registry, mention_at)
    guess_genders(doc, article.person_at)
    article.venue_at = gazetteer.venues_at(words)
    article.region_at = region_at
    article.pair_at = _hyphenated_pairs(doc, gazetteer, words)
    article.days = [(e.end, date.fromisoformat(day)) for e in dates
                    if (day := resolve_date(e.text, on)) is not None and len(day) == 10]
    article.dateline_country = _dateline_country(doc, gazetteer)
    return article


DATELINE_SENTENCES = 3  # a headline and a subheading may come before the dateline


def _dateline_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The state of the capital a sentence among the first opens with in capitals: "BEIJING (Reuters) -",
    "NEW DELHI, Sept 21 -", "ANKARA" on a line of its own (not "GENEVA", a city that is no capital)."""
    for sentence in islice(doc.sents, DATELINE_SENTENCES):
        words = []
        for token in sentence:
            if not (token.is_upper and token.is_alpha and len(token) > 1):
                break
            words.append(token.text.title())
        for length in range(len(words), 0, -1):
            referent = gazetteer.lookup(words[:length])
            if referent is not None and referent.is_capital and referent.country:
                return referent.country
    return None


def _regions(doc: Doc, found: dict[int, tuple[int, int, str]], mention_at: dict[int, Mention],
             names: list[tuple[int, int]]) -> dict[int, tuple[int, int, str]]:
    """The regions named, except inside a longer person's name ("Danilo Medina"; the tagger's "Rakhine"
    alone stays a region); a region whose name holds a shorter state name is the region ("Northern
    Ireland"), and one inside a longer name the gazetteer knows is not."""
    regions: dict[int, tuple[int, int, str]] = {}
    for i, (start, end, country) in found.items():
        if any(first <= start and end <= last and last - first > end - start for first, last in names):
            continue
        inside = [mention_at[k] for k in range(start, end) if k in mention_at]
        if any(m.start < start or m.end > end for m in inside):
            continue  # part of a longer name the gazetteer knows
        regions[i] = (start, end, country)
    for start, end, _country in set(regions.values()):
        for k in range(start, end):
            mention_at.pop(k, None)
    return regions


def _hyphenated_pairs(doc: Doc, gazetteer: Gazetteer, words: list[str]) -> dict[int, tuple[Referent, Referent]]:
    """Two states written as one word: "U.S.-Pakistan relations" (the tokenizer keeps a hyphen after an
    abbreviation inside the word) and "India-China talks" (three tokens: each state's name is the pair)."""
    pairs = {}
    for i, word in enumerate(words):
        if "-" not in word:
            continue
        if word == "-":  # "India-Pakistan talks": three tokens, without spaces between them
            if 0 < i < len(words) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and (
                    doc[i + 1].head.pos_ != "PROPN"):  # "the Iran-Russia Joint Commission" is a body of its own
                first, second = gazetteer.lookup([words[i - 1]]), gazetteer.lookup([words[i + 1]])
                if first is not None and second is not None and _two_sides(first, second) and not (
                        first.is_capital or second.is_capital):
                    pairs[i - 1] = pairs[i + 1] = (first, second)
            continue
        parts = word.split("-")
        if len(parts) != 2 or not all(parts) or (i > 0 and words[i - 1][:1].isupper() and doc[i - 1].pos_ == "PROPN"):
            continue  # "South Korea-Japan" names one state in two words
        first, second = gazetteer.lookup([parts[0]]), gazetteer.lookup([parts[1]])
        if first is not None and second is not None and _two_sides(first, second):
            pairs[i] = (first, second)
    return pairs


def _two_sides(first: Referent, second: Referent) -> bool:
    """Two different states or organisations: "India-China", "EU-Moldova" (not "Kyiv-Ukraine")."""
    sides = (first.country or first.code, second.country or second.code)
    return None not in sides and sides[0] != sides[1]
