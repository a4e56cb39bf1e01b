"""Persons named in an article, with the title and country the article gives them."""

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from pipeline.extraction.gazetteer import Gazetteer, Referent
from pipeline.extraction.roles import RoleVocabulary

__all__ = ["Person", "PersonRegistry", "build_person_registry", "spelling_distance"]


@dataclass
class Person:
    name: str
    country: str | None = None
    role: str | None = None
    organisation: str | None = None  # the code of the organisation a person speaks for: "NATO"
    gender: str | None = None  # "f" or "m" when the article shows it, for "she" and "he"
    principal: str | None = None  # whom they speak for or advise: "Putin" for "X, Putin's spokesman"
    served: str | None = None  # the one state a person out of office served: "the Obama administration" is the US's

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def spelling_distance(a: str, b: str) -> int:
    """Levenshtein distance, for spelling variants of one name ("Araghchi", "Araqchi")."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


# the Arabic article a surname may carry or drop: "al-Assad" and "Assad", "el-Sisi" and "Sisi"
ARTICLE_PREFIXES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-")


def _without_article(surname: str) -> str:
    """A surname without its Arabic article: "sisi" for "el-sisi"."""
    return next((surname[len(p):] for p in ARTICLE_PREFIXES if surname.startswith(p) and len(surname) > len(p) + 2),
                surname)


def _same_surname(a: str, b: str) -> bool:
    a, b = _without_article(a.lower()), _without_article(b.lower())
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 5:
        return False
    allowed = 2 if min(len(a), len(b)) >= 7 else 1
    return spelling_distance(a, b) <= allowed


# the suffixes that name another person of the same name: a son or a father
GENERATIONS = {"jr", "sr", "junior", "senior"}  # (not "II": "King Abdullah" is Abdullah II)


@dataclass
class PersonRegistry:
    people: list[Person] = field(default_factory=list)

    def find(self, name: str) -> Person | None:
        """The person a full name, a surname or a spelling variant of it refers to."""
        words = name.split()
        if not words:
            return None
        for person in self.people:
            if person.name == name:
                return person
        for person in self.people:
            # "Luiz Inacio Lula" within "Luiz Inacio Lula da Silva", "Park Min" within "Park Min-jun"
            shorter, longer = sorted((name, person.name), key=len)
            if " " in shorter and longer.startswith(shorter) and longer[len(shorter)] in " -" and not (
                    longer[len(shorter):].strip(" ,").rstrip(".").lower() in GENERATIONS):
                return person  # (but "Donald Trump Jr." is not "Donald Trump")
        for person in self.people:
            if _same_surname(person.surname, words[-1]):
                first_names_agree = len(words) == 1 or _same_surname(person.name.split()[0], words[0])
                if first_names_agree:
                    return person
        if len(words) == 1 and len(name) >= 3:
            # a name given alone: "Park" for "Park Min-jun", "Lula" for "Luiz Inacio Lula da Silva"
            having = [p for p in self.people if len(p.name.split()) > 1 and name in p.name.split()]
            if len(having) == 1:
                return having[0]
        return None

    def add(self, name: str, affiliation: Referent | None, role: str | None) -> Person:
        country = affiliation.country if affiliation else None
        organisation = affiliation.code if affiliation else None
        person = self.find(name)
        if person is None:
            person = Person(name, country, role, organisation)
            self.people.append(person)
            return person
        if len(name) > len(person.name):
            person.name = name
        person.country = person.country or country
        person.organisation = person.organisation or organisation
        person.role = person.role or role
        return person

    def by_country(self, country: str) -> list[Person]:
        return [p for p in self.people if p.country == country]


@dataclass(frozen=True)
class _Words:
    """The words of a parsed article, as written and lower-cased, computed once."""

    doc: Doc
    text: list[str]
    lowered: list[str]

    @classmethod
    def of(cls, doc: Doc) -> "_Words":
        text = [t.text for t in doc]
        return cls(doc, text, [w.lower() for w in text])


# titles of those a body sends to a state: "the U.N. Syria envoy" serves the UN, not Syria
ENVOY_TITLES = {"envoy", "special envoy", "representative", "special representative", "coordinator", "mediator",
                "rapporteur", "special rapporteur", "special coordinator", "high commissioner"}


def _affiliation_before(words: _Words, index: int, gazetteer: Gazetteer, floor: int,
                        title: str | None = None) -> Referent | None:
    """A state or organisation named just before a title: "Iran's", "Russian", "the Iranian", "NATO";
    for an envoy, the body before the state it is sent to: "U.N." in "U.N. Syria envoy"."""
    for start in range(index - 1, max(floor, index - 4) - 1, -1):
        if words.text[start] in ("'s", "’s") or words.lowered[start] == "the":
            continue
        for begin in range(start, max(floor, start - 3) - 1, -1):
            referent = gazetteer.lookup(words.text[begin:start + 1])
            if referent is not None and referent.code and not referent.country and begin > floor and (
                    words.text[begin - 1][:1].isupper() and gazetteer.lookup(words.text[begin - 1:begin]) is None):
                return None  # "National Security Council spokesperson": a body of a longer name, no UN organ
            if referent is not None and (referent.code or referent.country) and not referent.is_capital:
                if referent.country and title is not None and title.lower() in ENVOY_TITLES and begin > floor:
                    sender = _affiliation_before(words, begin, gazetteer, floor)
                    if sender is not None:  # "U.S. Syria envoy Tom Barrack" serves the U.S.
                        return sender
                return referent
        return None
    return None


def _title_before(words: _Words, person: Span, roles: RoleVocabulary, gazetteer: Gazetteer) -> tuple[str | None, Referent | None]:
    sentence_start = person.sent.start
    found = roles.title_ending_at(words.text, person.start, words.lowered)
    if found is None:
        if (sent_by := _sent_to_before(words, person.start, sentence_start)) is not None:
            # "U.S. Ambassador to Japan George Glass" serves the U.S. (and no state, if none is named before)
            return None, _affiliation_before(words, sent_by, gazetteer, sentence_start)
        return None, _affiliation_before(words, person.start, gazetteer, sentence_start)
    start, title = found
    return title, _affiliation_before(words, start, gazetteer, sentence_start, title)


SENT_TITLES = {"ambassador", "envoy", "consul", "emissary", "chargé", "charge"}  # sent "to" a state


def _sent_to_before(words: _Words, index: int, floor: int) -> int | None:
    """Where "Ambassador" stands in "Ambassador to Japan" just before a name, the state after "to" being the one
    the person is sent to; None if no such title stands there."""
    for to in range(index - 2, max(floor, index - 5) - 1, -1):
        if words.lowered[to] == "to" and to > floor and words.lowered[to - 1] in SENT_TITLES:
            return to - 1
    return None


def _title_after(words: _Words, person: Span, roles: RoleVocabulary, gazetteer: Gazetteer) -> tuple[str | None, Referent | None]:
    """An apposition: "Abbas Araghchi, Iran's foreign minister," or "…, the Iranian president"."""
    end = person.end
    if end >= len(words.text) or words.text[end] != ",":
        return None, None
    for start in range(end + 1, min(len(words.text), end + 6)):
        found = roles.title_starting_at(words.text, start, words.lowered)
        if found is not None:
            return found[1], _affiliation_before(words, start, gazetteer, end + 1) or _affiliation_after(
                words, found[0], gazetteer)
    return None, None


SERVING_TITLES = {"adviser", "advisor", "aide"}  # "an adviser to X" serves X; "an ambassador to X" is sent to X


def _affiliation_after(words: _Words, index: int, gazetteer: Gazetteer) -> Referent | None:
    """A state named just after a title: "…, minister of Taiwan's …", "the foreign minister of Iran",
    "an aide to the NATO chief"."""
    if index >= len(words.text) or index == 0:
        return None
    serving = words.lowered[index] == "to" and words.lowered[index - 1] in SERVING_TITLES
    if words.lowered[index] not in ("of", "for") and not serving:
        return None
    start = index + 1 + (index + 1 < len(words.text) and words.lowered[index + 1] == "the")
    found = gazetteer.match_at(words.text, start) if start < len(words.text) else None
    if found is not None and (found[1].country or found[1].code) and not found[1].is_capital:
        after = start + found[0]
        if after < len(words.text) and words.lowered[after] in ("'s", "’s") and not any(
                w in STATE_BODIES for w in words.lowered[after + 1:after + 5]):
            return None  # "the head of Russia's Gazprom" heads a company, not the state's own body
        return found[1]
    return None


# what a state's own bodies are called, which one heads for the state: "the head of Australia's foreign
# affairs department"
STATE_BODIES = {"department", "ministry", "office", "agency", "service", "army", "navy", "military", "forces", "force",
                "intelligence", "council", "commission", "delegation", "mission", "diplomacy", "government", "cabinet",
                "embassy", "police", "guard", "directorate", "bureau", "bank", "security", "services", "corps", "fsb",
                "svr", "gru", "mossad", "isi", "irgc", "cia", "mi6", "nsa", "guards", "parliament", "senate", "assembly"}


FORMER = {"former", "ex", "onetime", "one-time", "then", "erstwhile", "past"}
# who serves another person: "X, Putin's spokesman", "X, an adviser to President Ramaphosa"
SERVING_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "envoy", "emissary",
                 "representative", "secretary", "assistant", "counsellor", "counselor", "deputy", "negotiator"}


def _serving(person: Span) -> tuple[str, str] | None:
    """(role, principal) when an apposition says whom the person serves: "Ivan Petrov, President
    Putin's spokesman" and "Ivan Petrov, a spokesman for Vladimir Putin" give ("spokesman", "Putin")."""
    for apposition in (c for c in person.root.children if c.dep_ == "appos"):
        if apposition.lemma_.lower() not in SERVING_NOUNS or any(
                c.lower_ in FORMER for c in apposition.children if c.dep_ in ("amod", "advmod", "compound")):
            continue  # "a former adviser to Trump" serves no one now
        owners = [c for c in apposition.children if c.dep_ == "poss"] + [
            o for c in apposition.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of")
            for o in c.children if o.dep_ == "pobj"]
        for owner in owners:
            names = [e for e in person.doc.ents if e.label_ == "PERSON" and e.start <= owner.i < e.end]
            if names:
                name = names[0]
                while len(name) > 1 and name[-1].text in ("'s", "’s"):
                    name = name[:-1]
                return apposition.lemma_.lower(), name.text
    return None


def build_person_registry(doc: Doc, roles: RoleVocabulary, gazetteer: Gazetteer) -> PersonRegistry:
    """Every PERSON the article names, with title and country from wherever the article gives them."""
    registry = PersonRegistry()
    words = _Words.of(doc)
    for entity in doc.ents:
        if entity.label_ != "PERSON":
            continue
        entity = _without_leading_titles(words, entity, roles, gazetteer)
        if len(entity) > 1 and entity[-1].text in ("'s", "’s"):
            entity = entity[:-1]  # "Connolly’s" names Connolly
        name = entity.text.strip()
        if not name or gazetteer.lookup([t.text for t in entity]) is not None:
            continue
        role, affiliation = _title_before(words, entity, roles, gazetteer)
        serving = _serving(entity) if role is None and affiliation is None else None
        if serving is not None:
            role = serving[0]
        elif role is None and affiliation is None:
            role, affiliation = _title_after(words, entity, roles, gazetteer)
        person = registry.add(name, affiliation, role)
        if serving is not None:
            person.principal = person.principal or serving[1]
    for name, role, affiliation in _titled_names(words, roles, gazetteer):
        if registry.find(name) is None:
            registry.add(name, affiliation, role)
    _place_by_descriptions(registry, _described_offices(words, roles, gazetteer))
    _link_single_names(registry)
    return registry


def _link_single_names(registry: PersonRegistry) -> None:
    """A name given alone before the full name ("Kim ... Kim Jong Un") is that person: it takes
    the state and title of the one full name that holds it."""
    for person in registry.people:
        if " " in person.name or person.country or person.organisation:
            continue
        holders = [p for p in registry.people if p is not person and person.name in p.name.split()]
        if len(holders) == 1:
            holder = holders[0]
            person.country, person.organisation = holder.country, holder.organisation
            person.role = person.role or holder.role


def _described_offices(words: _Words, roles: RoleVocabulary, gazetteer: Gazetteer) -> list[tuple[str, Referent]]:
    """Offices the article names with their state but without a name: "Turkey's prime minister"."""
    found = []
    for i in range(1, len(words.text)):
        title = roles.title_starting_at(words.text, i, words.lowered)
        if title is None:
            continue
        end = title[0]
        if end < len(words.doc) and words.doc[end].pos_ == "PROPN":
            continue  # a name follows: "Turkey's prime minister Binali Yildirim" is registered already
        if end + 1 < len(words.doc) and words.doc[end].text == "," and words.doc[end + 1].ent_type_ == "PERSON":
            continue  # so does one set off by a comma: "the Egyptian president, Abdel Fatah al-Sisi"
        affiliation = _affiliation_before(words, i, gazetteer, words.doc[i].sent.start)
        if affiliation is not None:
            found.append((title[1].lower(), affiliation))
    return found


def _place_by_descriptions(registry: PersonRegistry, offices: list[tuple[str, Referent]]) -> None:
    """A person named with a title alone ("Prime Minister Binali Yildirim") holds the office the
    article describes with its state ("Turkey's prime minister") when one such person has it."""
    for title in {t for t, _ in offices}:
        states = {(a.country, a.code) for t, a in offices if t == title}
        holders = [p for p in registry.people if p.role and p.role.lower() == title and not (p.country or p.organisation)]
        if len(states) == 1 and len(holders) == 1:
            country, code = next(iter(states))
            holders[0].country, holders[0].organisation = country, code


def _without_leading_titles(words: _Words, entity: Span, roles: RoleVocabulary, gazetteer: Gazetteer) -> Span:
    """The name alone, when the tagger took "Jordanian King Abdullah" for a name."""
    start = entity.start
    while start < entity.end - 1:
        mention = gazetteer.match_at(words.text, start)
        title = roles.title_starting_at(words.text, start, words.lowered)
        if mention is not None and start + mention[0] < entity.end and not mention[1].is_capital:
            # (a capital before a name is a first name: "Victoria Nuland", not Seychelles' Nuland)
            start += mention[0]
        elif title is not None and title[0] < entity.end:
            start = title[0]
        else:
            break
    return entity.doc[start:entity.end]


def _titled_names(words: _Words, roles: RoleVocabulary, gazetteer: Gazetteer) -> list[tuple[str, str, Referent | None]]:
    """Names the NER missed that follow a title: "German Chancellor Olaf Scholz"."""
    found = []
    doc = words.doc
    i = 0
    while i < len(doc):
        title = roles.title_starting_at(words.text, i, words.lowered) if doc[i].is_title else None
        if title is None:
            i += 1
            continue
        end = title[0]
        stop = end
        while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].is_title and gazetteer.match_at(words.text, stop) is None:
            stop += 1
            if stop + 1 < len(doc) and doc[stop].text == "-" and not doc[stop - 1].whitespace_:
                stop += 2  # "Park Min-jun"
        if stop - end >= 2 and not roles.title_starting_at(words.text, end, words.lowered):
            sentence_start = doc[i].sent.start
            found.append((doc[end:stop].text, title[1], _affiliation_before(words, i, gazetteer, sentence_start)))
        i = max(stop, i + 1)
    return found
