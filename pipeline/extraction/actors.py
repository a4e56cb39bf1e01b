"""Resolve the noun phrases of a sentence to actors, remembering who was named before."""

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from pipeline.extraction.clauses import when_clause_of_a_time
from pipeline.extraction.document import TEXTS_NAMED_AFTER_PLACES, ArticleDoc, Mention
from pipeline.extraction.gazetteer import Referent
from pipeline.extraction.genders import compatible
from pipeline.extraction.persons import Person
from pipeline.extraction.roles import RoleVocabulary
from pipeline.extraction.triggers import governing_verb
from pipeline.models import Actor, ActorKind

__all__ = ["ActorResolver", "actor_key"]

CORE_DEPS = {"compound", "amod", "poss", "appos", "nmod", "flat", "det", "nummod", "case", "punct", "npadvmod"}
THIRD_PERSON = {"he", "she", "him", "her", "his"}
PLURAL = {"they", "them", "their"}
FIRST_PERSON_PLURAL = {"we", "us", "our"}
FIRST_PERSON = {"i", "me", "my"}
PRONOUNS = THIRD_PERSON | PLURAL | FIRST_PERSON_PLURAL | FIRST_PERSON | {"who", "which"}


OBJECT_DEPS = {"dobj", "dative", "iobj"}
# posts a state holds at a body: "the U.N. mission of Chile", "Norway's UN ambassador"
POSTS = {"mission", "ambassador", "envoy", "delegation", "embassy", "representative", "delegate"}


# what an article calls a state or an organisation it has named: "the kingdom", "the bloc"
DESCRIBED_STATES = {"country", "kingdom", "nation", "republic", "emirate", "sultanate"}
DESCRIBED_BODIES = {"bloc", "alliance", "organisation", "organization", "group", "movement", "militia"}


def _definite(token: Token) -> bool:
    """"the kingdom", "the kingdom's": named by "the" and the noun alone."""
    lefts = list(token.lefts)
    return len(lefts) == 1 and lefts[0].lower_ == "the"


# what a region is called after its name: "Rakhine state", "Xinjiang region"
REGION_NOUNS = {"state", "province", "region", "oblast", "governorate", "prefecture", "district", "territory"}
# words that count the people of a nationality: "many Palestinians" are not Palestine's authorities
PEOPLE_COUNTS = {"many", "some", "most", "few", "several", "numerous", "thousands", "hundreds", "millions", "dozens",
                 "scores", "ordinary", "fellow", "more", "fewer", "countless", "all"}


def _counted_people(token: Token) -> bool:
    """A plural nationality that is counted: "many Palestinians", "2,000 Cubans", "thousands of Syrians"."""
    if token.tag_ not in ("NNPS", "NNS") or token.ent_type_ != "NORP":
        return False
    counted = any(c.dep_ == "nummod" or (c.dep_ in ("amod", "det", "quantmod", "predet") and c.lower_ in PEOPLE_COUNTS)
                  for c in token.children)
    return counted or (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in PEOPLE_COUNTS)


def actor_key(actor: Actor) -> str:
    return actor.country or actor.code or actor.name


# nouns of acts and the verbs that do them, where the two differ: "the invasion" is what "invaded" did
ACT_VERBS = {"invasion": "invade", "decision": "decide", "annexation": "annex", "expulsion": "expel",
             "seizure": "seize", "detention": "detain", "shelling": "shell", "bombing": "bomb", "deployment": "deploy",
             "incursion": "intrude", "intrusion": "intrude", "occupation": "occupy", "killing": "kill",
             "assassination": "assassinate", "takeover": "take", "closure": "close", "suspension": "suspend",
             "withdrawal": "withdraw", "pullout": "withdraw", "exit": "withdraw", "quit": "withdraw", "pull": "withdraw",
             "signing": "sign", "ratification": "ratify", "diversion": "divert"}


def act_lemma(token: Token) -> str:
    """The verb an act noun or verb names, so that "launched" and "the launches" are one act."""
    lemma = token.lemma_.lower()
    return ACT_VERBS.get(lemma, lemma)


# verbs that report a clause beside the verbs of saying: "confirmed that", "noted that"
REPORTING_VERBS = {"announce", "confirm", "note"}
# nouns of places named with "of": "the city of Al-Ula", "the port of Berbera"
PLACE_NOUNS = {"city", "town", "village", "port", "resort", "region", "province", "island", "district", "capital"}
# what a speaker calls their own state's rulers: "the government had recalled its diplomats"
OWN_GOVERNMENT = {"government", "authorities", "administration"}
# a government named after its leader: "the Obama administration", "Modi's government", "the Netanyahu cabinet"
GOVERNMENTS_NAMED_AFTER_LEADERS = {"government", "administration", "cabinet", "regime"}

# bodies that act for the state that owns them ("Belarus's border committee") or runs them ("Chinese state media";
# a state's media alone are its press)
STATE_ORGANS = {"committee", "commission", "council", "agency", "media"}
STATE_RUN = {"state", "state-run", "official", "government"}
# bodies of a government that act for its state when an office holder chairs them
GOVERNING_BODIES = {"committee", "council", "commission"}
# what "the two …" and "both …" name when they name persons
PEOPLE_NOUNS = {"leader", "president", "minister", "man", "men", "woman", "women", "premier"}
# what "the three …" or "the seven …" names: "the three countries", "the three military-led governments"
TRIO_NOUNS = {"country", "nation", "government", "state", "leader", "side", "minister", "president", "neighbour",
              "neighbor", "delegation", "power", "junta", "capital", "member", "partner", "ally", "economy"}
COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
          "twelve": 12}


def core_tokens(head: Token, follow_of: bool = True) -> list[Token]:
    """The head of a noun phrase and the words that name it, without clauses and other phrases."""
    tokens = [head]
    # "the UAE's recognition of Israel" is the UAE's; "the ministers of India and Pakistan" are both
    follow_of = follow_of and not any(c.dep_ == "poss" for c in head.children)
    for child in head.children:
        if child.dep_ in CORE_DEPS:
            tokens.extend(core_tokens(child, follow_of=False))
            if child.dep_ in ("amod", "nmod", "compound") and child.i < head.i:
                # "the Estonian and Latvian prime ministers", "Ukrainian, U.S. and Turkish officials"
                tokens.extend(c for c in child.conjuncts if child.i < c.i < head.i)
        elif follow_of and child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for part in [pobj, *pobj.conjuncts]:  # "the ministers of India and Pakistan"
                        tokens.extend(core_tokens(part, follow_of=False))
    return tokens


@dataclass
class ActorResolver:
    """Per article: turns tokens into actors, and keeps the persons and pairs named so far."""

    article: ArticleDoc
    roles: RoleVocabulary
    speech_verbs: frozenset[str]
    doing_verbs: frozenset[str] = frozenset()  # verbs whose object is the subject's own act: "launched strikes"
    last_person: Person | None = None
    last_official: list[Actor] = field(default_factory=list)  # "a spokesman for the ministry", when no one named came since
    last_pair: list[Actor] = field(default_factory=list)
    speakers: dict[tuple[int, int], list[Actor]] = field(default_factory=dict)
    last_state: list[Actor] = field(default_factory=list)
    last_body: list[Actor] = field(default_factory=list)  # the organisation last acting, for "the bloc", "the alliance"
    # "Mali, Niger and Burkina Faso", for "the three countries": the last list of each length
    last_lists: dict[int, list[Actor]] = field(default_factory=dict)
    doers: dict[str, list[Actor]] = field(default_factory=dict)  # "launch" -> who launched last: for "condemned the launches"
    groups: dict[str, list[Actor]] = field(default_factory=dict)  # "ministry" -> the one named last

    def person_actor(self, person: Person) -> Actor:
        return Actor(name=person.name, kind=ActorKind.PERSON, country=person.country, code=person.organisation,
                     role=person.role)

    def mention_actor(self, mention: Mention) -> Actor:
        referent = mention.referent
        name = self.article.doc[mention.start:mention.end].text
        if referent.kind is ActorKind.ORGANISATION:
            return Actor(name=referent.name, kind=ActorKind.ORGANISATION, code=referent.code)
        return Actor(name=name if referent.is_capital else referent.name, kind=ActorKind.STATE,
                     country=referent.country)

    def referent_actor(self, referent: Referent) -> Actor:
        """The state or the organisation a gazetteer form names, by its usual name."""
        if referent.code is not None:
            return Actor(name=referent.name, kind=ActorKind.ORGANISATION, code=referent.code)
        return Actor(name=self.article.state_names.get(referent.country or "", referent.name), kind=ActorKind.STATE,
                     country=referent.country)

    def state_actor(self, country: str | None) -> Actor | None:
        if country is None:
            return None
        return Actor(name=self.article.state_names.get(country, country), kind=ActorKind.STATE, country=country)

    def resolve(self, head: Token) -> list[Actor]:
        """Actors of the phrase headed by `head` and of the phrases coordinated with it."""
        actors: list[Actor] = []
        # "Saudi Arabia, the UAE, Bahrain and Egypt", "Vice Premier He Lifeng and Secretary Scott Bessent": the
        # parser may hang the list on an apposition
        listed = [t for a in head.children if a.dep_ == "appos" and a.conjuncts and (
            a.i in self.article.mention_at or a.i in self.article.person_at) for t in (a, *a.conjuncts)]
        for token in [head, *head.conjuncts, *listed, *self.listed_after(head)]:
            for actor in self.resolve_one(token):
                if actor_key(actor) not in {actor_key(a) for a in actors}:
                    actors.append(actor)
        return actors

    def listed_after(self, head: Token) -> list[Token]:
        """The states and bodies listed after a state's name as the text writes the list, "X, Y, Z and W", where
        the parser did not join them: "Chile, Peru, Bolivia and Ecuador held talks"."""
        mention = self.article.mention_at.get(head.i)
        if mention is None or mention.referent.country is None and mention.referent.code is None:
            return []
        doc, listed, end = head.doc, [], mention.end
        while end + 1 < len(doc) and doc[end].text in (",", "and") and not doc[end].is_sent_start:
            start = end + 2 if doc[end].text == "," and doc[end + 1].text == "and" else end + 1
            following = self.article.mention_at.get(start)
            if following is None or following.start != start or doc[start].is_sent_start:
                break
            listed.append(doc[following.end - 1])
            end = following.end
            if doc[start - 1].text == "and":
                return listed if len(listed) >= 2 else []
        return []

    def resolve_one(self, token: Token) -> list[Actor]:
        lower = token.lower_
        if token.pos_ == "PRON" or (lower in PRONOUNS and token.text != token.text.upper()):
            return self.resolve_pronoun(token)
        if lower in PEOPLE_COUNTS and any(o.lemma_.lower() in self.roles.private_nouns or o.lower_ in self.roles.private_nouns
                                          or (o.ent_type_ == "NORP" and o.tag_ == "NNPS")
                                          for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                                          for o in p.children if o.dep_ == "pobj"):
            return []  # "millions of Russian tourists", "thousands of Syrians": people, not their state
        pair = self.resolve_pair_phrase(token)
        if pair:
            return pair
        if token.i in self.article.pair_at:  # "India-Pakistan talks", "an EU-Moldova summit": both
            return [self.referent_actor(r) for r in self.article.pair_at[token.i]]
        core = sorted(core_tokens(token), key=lambda t: t.i)
        if token.lemma_.lower() in self.roles.private_nouns and token.i not in self.article.mention_at and all(
                t.pos_ == "ADJ" or t.dep_ in ("amod", "compound", "npadvmod") for t in core if t.i in self.article.mention_at):
            return []  # "spoke to Russian students", "suspended the Brazilian striker": people, not their state
        if token.i in self.article.region_at or (token.i not in self.article.person_at and (_counted_people(token) or (
                token.lower_ in REGION_NOUNS and any(t.i in self.article.region_at for t in core)))):
            return []  # "many Palestinians" are people, not their state; "Rakhine (state)" is a place in one
        if token.i in self.article.mention_at and token.i not in self.article.person_at:
            return [self.mention_actor(self.article.mention_at[token.i])]
        paired = [r for t in core for r in self.article.pair_at.get(t.i, ())]
        if paired and not any(t.i in self.article.person_at for t in core):
            return [self.referent_actor(r) for r in paired]
        mentions = list({id(m): m for m in (self.article.mention_at.get(t.i) for t in core) if m}.values())
        states = [m.referent.country for m in mentions if m.referent.country]
        people = [self.article.person_at[t.i] for t in core if t.i in self.article.person_at]
        if people and token.i not in self.article.person_at and not (states or any(
                p.country or p.organisation for p in people)) and (placed := self.resolve_agent(token)):
            return placed  # "the Kilis criminal court in Turkey": a body placed in a state, not a person
        if people and token.i not in self.article.person_at and token.lemma_.lower() in GOVERNMENTS_NAMED_AFTER_LEADERS:
            led = [p for p in people if p.country or p.served]
            if led and (state := self.state_actor(led[0].country or led[0].served)):
                return [state]  # "the Obama administration", "Modi's government": the state, in office or not
        if people:
            person = next((p for p in people if self.article.person_at.get(token.i) is p), people[0])
            bodies = [m for m in mentions if m.referent.code]
            body_first = bool(bodies) and (not states or min(m.start for m in bodies) < min(
                m.start for m in mentions if m.referent.country))
            if person.country is None and body_first:
                # "the UN Libya envoy, Jan Novak" serves the UN; "Chilean U.N. Ambassador" Chile
                person.organisation = person.organisation or bodies[0].referent.code
            elif person.country is None and states:
                person.country = states[0]  # "Iran's religious leader Ruhollah Khomeini"
            elif person.country is None and not person.organisation and any(
                    t.lemma_.lower() == "ministry" for t in core):
                person.country = self.article.dateline_country  # "BEIJING - Foreign ministry spokesman Lin Wei"
            elif person.country is None and not person.organisation and person.role and not any(
                    t.lower_ in ("former", "ex") for t in token.subtree if t.i < token.i) and (
                    placed := self.placed_by_opening(token)):  # (not "In Israel, former Prime Minister Bennett")
                person.country = placed[0].country  # "In Asmara, Information Minister Yemane Gebre Meskel …"
            return [self.person_actor(person)]
        if opposition := self.national_opposition(core):
            return opposition
        if lower in ("country", "nation") and (owner := next((c for c in token.children if c.dep_ == "poss" and c.lower_ in (
                "his", "her")), None)) is not None and (homes := [s for a in self.resolve_pronoun(owner) if a.country and (
                s := self.state_actor(a.country)) is not None]):
            return homes  # "Petro announced that his country would break off relations": Colombia
        if lower in DESCRIBED_STATES | DESCRIBED_BODIES and _definite(token):
            return self.described(token, lower in DESCRIBED_STATES)
        if lower in self.roles.person_nouns:
            return self.resolve_description(token, mentions)
        if lower in STATE_ORGANS and ((lower != "media" and any(c.dep_ == "poss" for c in token.children)) or any(
                c.dep_ in ("amod", "compound") and c.lower_ in STATE_RUN for c in token.children)) and (
                owners := [a for a in self.owned_body(token) if a.country and a.kind is ActorKind.STATE]):
            return owners[:1]  # "Belarus's border committee", "its state media", "Chinese state media": the state's organs
        if lower in self.roles.body_nouns:
            if mentions and all(m.referent.code and not m.referent.country for m in mentions):
                return [self.mention_actor(mentions[0])]  # "the IAEA board", "the AU commission": the organisation's
            # "the National Security Committee, chaired by Prime Minister Shehbaz Sharif": the chair's state
            return self.chaired_by(token) if lower in GOVERNING_BODIES else []
        if token.lemma_.lower() in self.roles.person_nouns and not mentions and (placed := self.resolve_agent(token)):
            return placed  # "the foreign ministers of the three countries"
        if mentions and token.lemma_.lower() in POSTS and any(m.referent.country for m in mentions):
            # "the U.N. missions of Chile and Norway": the states hold the posts, the body is where
            mentions = [m for m in mentions if m.referent.country]
        group = token.lemma_.lower() if token.lemma_.lower() in self.roles.agent_nouns else None
        if mentions:
            return self.remember_group(group, [self.mention_actor(m) for m in mentions])
        if group is not None:
            named = self.resolve_agent(token) or self.owned_agent(token)
            named = named or self.placed_by_opening(token)  # "In Bamako, the junta …", "In Moscow, officials …"
            if not named and group == "ministry" and group not in self.groups:
                named = self.datelined(token)  # "BEIJING (Reuters) - The foreign ministry said …"
            if named or not self.bare(token):
                return self.remember_group(group, named)
            if group in OWN_GOVERNMENT and group not in self.groups and (reporter := self.reporters_state(token)):
                return reporter  # "Monyela noted that the government had recalled …": South Africa's
            return list(self.groups.get(group, []))  # "the ministry" is the ministry named before
        return self.acronym_of(token) or self.named_organisation(token) or self.done_by(token)

    def done_by(self, thing: Token, as_subject: bool = False) -> list[Actor]:
        """Whose a thing is, by the participle that tells who made it or its own "by": "the explanations offered
        by Riyadh", "the attack carried out by Hamas", "the seizure of the ship by Iran" (a subject only when
        asked: a clause's doer is found elsewhere)."""
        if thing.pos_ != "NOUN" or (thing.dep_ in ("nsubj", "nsubjpass") and not as_subject):
            return []
        agents = [o for acl in thing.children if acl.dep_ == "acl" and acl.tag_ == "VBN" for a in acl.children
                  if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"] or [
            o for p in thing.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" for o in p.children
            if o.dep_ == "pobj"]
        return [a for a in self.resolve(agents[0]) if a.country or a.code] if agents else []

    def acronym_of(self, token: Token) -> list[Actor]:
        """An acronym the article introduced in brackets: "the National Security Committee (NSC), chaired
        by Prime Minister Sharif, …. The NSC also declared …" is what the full name was."""
        if not (token.text.isupper() and 2 <= len(token.text) <= 6):
            return []
        doc = token.doc
        for i in range(1, token.i - 1):
            if doc[i].text == token.text and doc[i - 1].text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")":
                if doc[i].dep_ == "appos":  # the name the bracket hangs from
                    return [a for a in self.resolve_one(doc[i].head) if a.country or a.code]
        return []

    def described(self, token: Token, state: bool) -> list[Actor]:
        """"the kingdom", "the country" (a state) or "the bloc", "the alliance", "the group" (an
        organisation): the one who says so when it is one ("Riyadh said the kingdom condemns …"),
        else the one the last sentence was about ("NATO met on Monday. The alliance said …")."""
        def fits(actors: list[Actor]) -> bool:
            return len(actors) == 1 and (bool(actors[0].country) and actors[0].kind is not ActorKind.PERSON
                                         if state else bool(actors[0].code))
        saying = next((v for v in token.ancestors if v.pos_ == "VERB" and v.lemma_ in self.speech_verbs), None)
        speakers = [c for c in saying.children if c.dep_ == "nsubj" and c.i != token.i] if saying is not None else []
        said_by = self.resolve(speakers[0]) if speakers and token not in speakers[0].subtree else []
        if fits(said_by):
            return said_by
        last = self.last_state if state else self.last_body
        return list(last) if fits(last) else []

    def remember_group(self, group: str | None, actors: list[Actor]) -> list[Actor]:
        """Keep what a group noun ("ministry") stood for last, for a later "the ministry"; give the actors back."""
        if group is not None and actors:
            self.groups[group] = actors
        return actors

    @staticmethod
    def bare(token: Token) -> bool:
        """A group named by "the" and its noun alone: "the delegation", "the ministry"."""
        return all(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) and any(True for _ in token.lefts)

    def resolve_agent(self, token: Token) -> list[Actor]:
        """"rebels in the Ivory Coast", "officials in Beijing": a group placed in a state; "a delegation
        led by Ghana's president": the group of its leader."""
        leaders = self.led_by(token)
        if leaders and (led := [a for a in self.resolve(leaders[0]) if a.country or a.code]):
            return led
        actors = []
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of", "for"):  # "representatives for Chile"
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and (pair := self.resolve_pair_phrase(pobj)):
                        return pair  # "officials from both countries"
                    for place in [pobj, *pobj.conjuncts] if pobj.dep_ == "pobj" else []:
                        mention = self.article.mention_at.get(place.i)
                        if mention is not None and mention.referent.country:
                            name = f"{token.text} of {token.doc[mention.start:mention.end].text}"
                            actors.append(Actor(name=name, kind=ActorKind.STATE, country=mention.referent.country))
                        elif mention is None and prep.lower_ in ("for", "of") and place.lower_ in (
                                self.roles.body_nouns | self.roles.agent_nouns):
                            # "a spokesperson for North Korea's foreign ministry": the ministry's state
                            actors.extend(a for a in self.owned_body(place) if a.country or a.code)
        return actors

    def owned_body(self, body: Token) -> list[Actor]:
        """The state or organisation that owns a body: "North Korea's foreign ministry", "the Chinese embassy"."""
        owners = [c for c in body.children if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and
                                                                    c.i in self.article.mention_at)]
        return [a for o in owners for a in self.resolve_one(o)]

    def chaired_by(self, body: Token) -> list[Actor]:
        """The state of the office holder who chairs a governing body (not a "retired judge" or a
        "former president": a panel they chair acts for no state)."""
        chairs = [a for head in self.led_by(body)[:1] for a in self.resolve(head)
                  if a.kind is ActorKind.PERSON and a.role and a.country]
        states = [self.state_actor(a.country) for a in chairs]
        return [s for s in states if s is not None]

    @staticmethod
    def led_by(token: Token) -> list[Token]:
        """Who leads a group or body: "a delegation led by X", "the committee, chaired by Y"."""
        return [p for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head", "chair")
                for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]

    def placed_by_opening(self, token: Token) -> list[Actor]:
        """The state a clause opens with for its subject: "In Moscow, officials said …", "In Bamako, the junta …"."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return []
        for prep in token.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < token.i:
                for place in prep.children:
                    mention = self.article.mention_at.get(place.i)
                    if place.dep_ == "pobj" and mention is not None and mention.referent.country:
                        return [Actor(name=f"{token.text} in {place.text}", kind=ActorKind.STATE,
                                      country=mention.referent.country)]
        return []

    def reporters(self, token: Token) -> list[Actor]:
        """Who reports the clause a token stands in: "Israel and Lebanon" in "Israel and Lebanon said an
        agreement had been reached", the spokesman in "X's spokesman said the government …"."""
        clause = token
        while clause.dep_ != "ccomp" and clause.head != clause:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_ not in self.speech_verbs | REPORTING_VERBS:
            return []
        subjects = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        return self.resolve(subjects[0]) if subjects else []

    def reporters_state(self, token: Token) -> list[Actor]:
        """The state of whoever reports the clause a token stands in: "X's spokesman said the government …"."""
        countries = {a.country for a in self.reporters(token) if a.country}
        return [s for s in (self.state_actor(c) for c in countries) if s is not None][:1] if len(countries) == 1 else []

    def datelined(self, token: Token) -> list[Actor]:
        """The state of the capital the article is datelined in, for a body it names without one."""
        country = self.article.dateline_country
        state = self.state_actor(country) if country else None
        return [state] if state is not None else []

    def national_opposition(self, core: list[Token]) -> list[Actor]:
        """"the Syrian opposition": a party of its own, named, not the state it opposes."""
        for token in core:
            if token.lemma_.lower() == "opposition":
                states = [t for t in core if t.i < token.i and t.i in self.article.mention_at
                          and self.article.mention_at[t.i].referent.country and t.pos_ == "ADJ"]
                if states:
                    return [Actor(name=f"{states[-1].text} {token.text}", kind=ActorKind.ORGANISATION)]
        return []

    def owned_agent(self, token: Token) -> list[Actor]:
        """"his administration", "their troops": the group of the state the owner stands for."""
        owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        countries = [a.country for a in self.resolve_pronoun(owners[0]) if a.country] if owners else []
        if not countries:
            return []
        return [Actor(name=f"{token.text} of {self.article.state_names.get(countries[0], countries[0])}",
                      kind=ActorKind.STATE, country=countries[0])]

    def named_organisation(self, token: Token) -> list[Actor]:
        """An organisation the gazetteer does not know, named as such in the text."""
        if token.ent_type_ != "ORG":
            return []
        entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if entity is None:
            return []
        root = entity.root
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS:
            return []  # "the desert city of Al-Ula" is a place the tagger took for a body
        if root.dep_ == "compound" and root.head.lemma_.lower() in TEXTS_NAMED_AFTER_PLACES:
            return []  # "the Al-Ula declaration"
        if entity[-1].lemma_.lower() in TEXTS_NAMED_AFTER_PLACES | {"treaty", "convention", "protocol", "initiative", "pact"}:
            return []  # "the Indus Waters Treaty", "the Ottawa Convention": an agreement, no body
        name = entity.text.removeprefix("the ").removeprefix("The ")
        placed = self.resolve_agent(entity.root)  # "the Kilis criminal court in Turkey"
        return [Actor(name=name, kind=ActorKind.ORGANISATION, country=placed[0].country if placed else None)]

    def resolve_description(self, head: Token, mentions: list[Mention]) -> list[Actor]:
        """"the Iranian top diplomat", "the Russian foreign minister": a person named before."""
        countries = [m.referent.country for m in mentions if m.referent.country]
        bodies = [m for m in mentions if m.referent.code]
        if bodies and (not countries or min(m.start for m in bodies) < min(
                m.start for m in mentions if m.referent.country)):  # "the UN Syria envoy" serves the UN
            words = [t for t in head.subtree if t.i <= head.i and t.dep_ != "det"]
            name = head.doc[words[0].i:head.i + 1].text if words else head.text
            return [Actor(name=name, kind=ActorKind.PERSON, code=bodies[0].referent.code, role=head.text)]
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        if not countries and owners:  # "Chile said its president …": the owner's state
            countries = [a.country for a in self.resolve_pronoun(owners[0]) if a.country]
        if not countries:
            return self.resolve_agent(head)  # "the foreign ministers of India and Pakistan"
        if len(set(countries)) > 1 and head.lower_ in ("envoy", "representative", "mediator", "coordinator"):
            countries = countries[:1]  # "the Russian Syria envoy" is Russia's, sent to Syria
        if len(set(countries)) > 1:
            return [Actor(name=f"{head.text} of {self.article.state_names.get(c, c)}", kind=ActorKind.PERSON,
                          country=c, role=head.text) for c in dict.fromkeys(countries)]
        candidates = self.article.persons.by_country(countries[0])
        phrase = " ".join(t.lower_ for t in head.subtree if t.i <= head.i)
        fitting = [p for p in candidates if p.role and p.role.lower() in phrase] or (
            [p for p in candidates if p.role and "minister" in p.role.lower()] if "diplomat" in phrase else []
        )
        if len(fitting) == 1 or (fitting and self.last_person in fitting):
            chosen = self.last_person if self.last_person in fitting else fitting[0]
            assert chosen is not None
            return [self.person_actor(chosen)]
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ != "det"]
        name = head.doc[words[0].i:head.i + 1].text if words else head.text
        return [Actor(name=name, kind=ActorKind.PERSON, country=countries[0], role=head.text)]

    def resolve_pair_phrase(self, token: Token) -> list[Actor]:
        words = [t.lower_ for t in token.lefts if t.dep_ in ("det", "nummod", "predet", "amod", "quantmod")]
        phrase = " ".join([*words, token.lower_])
        if any(phrase.endswith(p) for p in self.roles.pair_phrases):
            return self.pair_named_before(token) or self.two_people_before(token) or list(self.last_pair)
        return self.resolve_trio_phrase(token)

    def resolve_trio_phrase(self, token: Token) -> list[Actor]:
        """"the three countries", "the seven governments": as many sides named together in this sentence or
        one before."""
        count = next((COUNTS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0) for c in token.children
                      if c.dep_ == "nummod"), 0)
        if token.lemma_.lower() not in TRIO_NOUNS or count < 3:
            return []
        return self.lists_named_in(token.doc[token.sent.start:token.i]).get(count) or list(self.last_lists.get(count, []))

    def lists_named_in(self, words: Span) -> dict[int, list[Actor]]:
        """States or bodies named as one list, by their number: "Mali, Niger and Burkina Faso" is a list of three."""
        starts = [t for t in words if (m := self.article.mention_at.get(t.i)) is not None and m.start == t.i]
        lists: dict[int, list[Actor]] = {}
        if len(starts) < 3:
            return lists
        for token in starts:
            mention = self.article.mention_at[token.i]
            head = token.doc[mention.start:mention.end].root  # "Korea" of "South Korea" is what "China" joins
            if head.dep_ == "conj":
                continue
            listed = max([head, *(c for c in head.conjuncts if c.i < words.end)],
                         [head, *(t for t in self.listed_after(head) if t.i < words.end)], key=len)
            actors = [self.mention_actor(m) for t in listed if (m := self.article.mention_at.get(t.i)) is not None]
            if len(actors) >= 3 and len({a.country or a.code for a in actors} - {None}) == len(actors):
                lists.setdefault(len(actors), actors)
        return lists

    def two_people_before(self, token: Token) -> list[Actor]:
        """"Both men urged …": the two persons of two states the sentence before names."""
        if token.lemma_.lower() not in PEOPLE_NOUNS or token.sent.start == 0:
            return []
        before = token.doc[token.sent.start - 1].sent
        people = {p.name: p for t in before if (p := self.article.person_at.get(t.i)) is not None}
        actors = [self.person_actor(p) for p in people.values()]
        return actors if len(actors) == 2 and len({a.country or a.code for a in actors} - {None}) == 2 else []

    def pair_named_before(self, token: Token) -> list[Actor]:
        """The two sides named earlier in the pair phrase's own sentence: "Putin telephoned Japarov on
        Tuesday, and the two leaders discussed the plant" (persons for "the two leaders", states and
        bodies for "both sides", not those who mediated)."""
        sides: dict[str, Actor] = {}
        people = token.lemma_.lower() in PEOPLE_NOUNS
        for earlier in token.doc[token.sent.start:token.i]:
            if earlier.i in self.article.person_at and people:
                actor = self.person_actor(self.article.person_at[earlier.i])
            elif (mention := self.article.mention_at.get(earlier.i)) is not None and mention.start == earlier.i and (
                    earlier.pos_ != "ADJ") and not people and not (  # "Syrian and Russian air force attacks"
                    earlier.dep_ == "pobj" and (earlier.head.dep_ == "agent" or  # "talks mediated by X and Y"
                                                earlier.head.lower_ in ("in", "at", "from", "to", "near"))):  # places
                actor = self.mention_actor(mention)
            else:
                continue
            side = actor.country or actor.code
            if side is not None:
                sides.setdefault(side, actor)
        return list(sides.values()) if len(sides) == 2 else []

    def resolve_pronoun(self, token: Token) -> list[Actor]:
        lower = token.lower_
        if lower in ("who", "which", "that") and token.head.dep_ == "relcl":
            head_noun = token.head.head
            last = [c for c in head_noun.children if c.dep_ == "conj"][-1:]
            plural = token.head.tag_ == "VBP" or any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("have", "are", "were")
                                                   for a in token.head.children)
            if last and last[0].i < token.i and not plural and (latter := self.resolve_one(last[0])):
                return latter  # "a rift between Tehran and Washington, which abandoned the deal": Washington
            if last and last[0].i < token.i and plural:  # "France and Germany, which have both condemned …"
                every = [a for noun in (head_noun, *(c for c in head_noun.children if c.dep_ == "conj"))
                         for a in self.resolve_one(noun)]
                if every:
                    return list({actor_key(a): a for a in every}.values())
            actors = self.resolve_one(head_noun)  # "the United States, which has …"
            if actors or head_noun.dep_ not in ("pobj", "dobj"):
                return actors
            # "the president spoke in an address that made accusations": the address is the speaker's
            clause = next((a for a in head_noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subjects = [c for c in clause.children if c.dep_ == "nsubj"] if clause is not None else []
            return self.resolve_one(subjects[0]) if subjects and subjects[0].pos_ != "PRON" else []
        if (reason_of := self.object_given_reason(token)) is not None:
            return self.resolve(reason_of)  # "rebuked Peru for its vote": its is Peru's
        if lower in ("it", "its", "they", "their", "we", "our") and token.dep_ in ("nsubj", "nsubjpass", "poss"):
            matrix = self.matrix_subject(token)
            if matrix:
                return matrix  # "Switzerland said it had expelled …": it is Switzerland
        if lower in ("its", "their") and token.dep_ == "poss" and (owner := self.subject_owning(token)):
            return owner  # "Britain and the EU announced their own sanctions": theirs
        if (lower in ("its", "their") and token.dep_ == "poss" or lower in ("it", "they") and token.dep_ == "nsubj") and (
                joined := self.subject_of_the_clause_before(token)):
            # "the ministry said …, and it rejected …": the same subject goes on
            return joined  # "North Korea did not comment, but its state media denounced …": North Korea's
        if lower in ("it", "them") and token.dep_ in ("dobj", "pobj", "dative") and (
                earlier := self.state_before(token)):
            return earlier  # "India moved to punish Pakistan after accusing it": it is Pakistan
        if lower in ("it", "its") and self.last_state:
            return list(self.last_state)
        speaker = self.speaker_of(token)
        if lower in FIRST_PERSON_PLURAL and speaker:
            states = [self.state_actor(a.country) if a.kind is ActorKind.PERSON else a for a in speaker]
            return [a for a in states if a is not None]
        if lower in FIRST_PERSON and speaker:
            return speaker
        if lower in THIRD_PERSON and (named := self.reported_person(token) or self.subject_person_above(token)
                                      or self.person_before(token)):
            return named  # "Rouhani said attacks were a reaction to what he called …"
        if lower in THIRD_PERSON and self.last_person is not None and compatible(self.last_person, lower):
            return [self.person_actor(self.last_person)]
        if lower in THIRD_PERSON and self.last_official:
            return list(self.last_official)
        if lower in PLURAL and self.last_pair:
            return list(self.last_pair)
        return []

    def subject_of_the_clause_before(self, token: Token) -> list[Actor]:
        """The states or bodies that are the subject of the clause that the token's clause is joined to."""
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.dep_ != "conj":
            return []
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        return [a for a in self.resolve(subjects[0]) if a.kind is not ActorKind.PERSON and (a.country or a.code)] if subjects else []

    def subject_owning(self, token: Token) -> list[Actor]:
        """The subject of the verb whose object a possessive stands in: "their" in "Britain and the EU
        announced their own sanctions", or of the verb that reports the clause whose subject it stands in:
        "Thailand and Cambodia agreed that their defence ministers would meet" (not in a subject of its
        own clause, nor where the subject is a pronoun itself)."""
        thing = token.head
        reported = thing.dep_ == "nsubj" and thing.head.dep_ == "ccomp"
        if thing.dep_ not in ("dobj", "pobj") and not reported:
            return []
        verb = thing.head.head if reported else governing_verb(thing)
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"] if verb is not None else []
        actors = [a for a in self.resolve(subjects[0]) if a.country or a.code] if subjects else []
        states = all(a.kind is not ActorKind.PERSON for a in actors)
        agrees_in_number = (len(actors) > 1) == (token.lower_ == "their")
        return actors if actors and states and agrees_in_number else []

    @staticmethod
    def object_given_reason(token: Token) -> Token | None:
        """The object a possessive points back to in a reason given for an act on it: "praised
        Japan for its help", "criticised China over its drills"."""
        if token.dep_ != "poss" or token.head.dep_ != "pobj" or token.head.head.lower_ not in ("for", "over"):
            return None
        verb = token.head.head.head
        return next((c for c in verb.children if c.dep_ == "dobj" and c.i < token.i and c.pos_ != "PRON"), None)

    def reported_person(self, token: Token) -> list[Actor]:
        """The person whose act a report of it by their own people names first: "Bennett urged Blinken
        to …, his office said": his is Bennett, not the nearer Blinken."""
        verb = token.head.head
        if token.dep_ != "poss" or token.head.dep_ != "nsubj" or verb.lemma_ not in self.speech_verbs:
            return []
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i):
            for subject in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
                people = [a for a in self.resolve_one(subject) if a.kind is ActorKind.PERSON and self._may_be(a, token)]
                if people:
                    return people[:1]
        return []

    def subject_person_above(self, token: Token) -> list[Actor]:
        """The person who is the subject of a clause that holds the pronoun, named before it, or after
        it when the pronoun opens the clause: "During his visit on Tuesday, Tillerson offered …"."""
        # "Putin telephoned Japarov to congratulate him": the subject an infinitive shares is not its object
        shares = token.dep_ in OBJECT_DEPS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children)
        for verb in token.ancestors:
            opening = next((a for a in token.ancestors if a.head == verb and a.dep_ == "prep" and a.i < token.i), None)
            if opening is not None and verb.pos_ in ("VERB", "AUX") and opening.i == token.sent.start:
                for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i > token.i and c.pos_ != "PRON"):
                    people = [a for a in self.resolve_one(subject)
                              if a.kind is ActorKind.PERSON and self._may_be(a, token)]
                    if people:
                        return people[:1]
            if verb == token.head and token.dep_ in OBJECT_DEPS:
                continue  # "Kim had insulted him": him is not Kim
            if shares and any(c.dep_ == "nsubj" for c in verb.children):
                # the first named subject up the chain is the one shared ("they" passes it on)
                shares = all(c.pos_ == "PRON" for c in verb.children if c.dep_ == "nsubj")
                continue
            for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i and c.pos_ != "PRON"):
                people = [a for a in self.resolve_one(subject) if a.kind is ActorKind.PERSON and self._may_be(a, token)]
                named = [a for a in people if self.article.persons.find(a.name) is not None]
                if named or (people and not self.person_before(token)):
                    # a described subject ("one EU diplomat said … his threat") yields to a person
                    # named nearer the pronoun ("Ruiz's handling … and her threat")
                    return (named or people)[:1]
        return []

    def state_before(self, token: Token) -> list[Actor]:
        """The state or body named last before an object pronoun in its sentence, other than its clause's subject."""
        clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subjects = {a.country or a.code for s in (clause.children if clause is not None else []) if s.dep_ == "nsubj"
                    for a in self.resolve(s)} if clause is not None else set()  # all of "Colombia, Chile and Bolivia"
        subjects |= {a.country or a.code for a in self.matrix_subject(token)}
        for earlier in reversed(token.doc[token.sent.start:token.i]):
            mention = self.article.mention_at.get(earlier.i)
            side = mention.referent.country or mention.referent.code if mention is not None else None
            if mention is not None and side and side not in subjects and not (
                    earlier.dep_ == "pobj" and earlier.head.lower_ in ("in", "at")):  # "joined them in Brussels"
                return [self.mention_actor(mention)]
        return []

    def person_before(self, token: Token) -> list[Actor]:
        """The person named last before the pronoun in its own sentence: "Ruiz's handling … and her threat";
        an object pronoun is never its own clause's subject."""
        own_subjects = {t.i for c in token.head.children if c.dep_ == "nsubj" for t in c.subtree
                        } if token.dep_ in OBJECT_DEPS else set()
        if token.dep_ == "nsubj":  # "Speaking alongside Erdogan, he accused …": who speaks is he, not Erdogan
            own_subjects = {t.i for c in token.head.children if c.dep_ == "advcl" and c.i < token.i and not any(
                s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for t in c.subtree}
        before = [(t.i, self.article.person_at[t.i]) for t in reversed(token.doc[token.sent.start:token.i])
                  if t.i in self.article.person_at and t.i not in own_subjects]
        # a person the article shows to be "she" goes first, then one it gives an office or a state
        fitting = [p for _, p in before if compatible(p, token.lower_)]
        # few articles show a woman's gender but by "she", so a person known to be one goes first; "him"
        # is the nearest man or person of unknown gender ("recommend Trump …, praising him")
        shown = [p for p in fitting if p.gender] if token.lower_ in ("she", "her", "hers", "herself") else []
        for person in shown + [p for p in fitting if p.role or p.country] + fitting:
            return [self.person_actor(person)]
        return []

    def _may_be(self, actor: Actor, pronoun: Token) -> bool:
        """Whether a pronoun may mean this actor, by what the article shows of a person's gender."""
        person = self.article.persons.find(actor.name)
        return person is None or compatible(person, pronoun.lower_)

    def matrix_subject(self, token: Token) -> list[Actor]:
        """The subject of the clause that reports or embeds the pronoun's clause."""
        clause = token.head
        while clause.dep_ in ("conj", "xcomp") and clause.head != clause:
            clause = clause.head
        matrix: Token | None = clause.head
        if when_clause_of_a_time(clause):
            matrix = governing_verb(clause.head)  # "… since last August, when it refused": the main clause's it
        elif clause.dep_ == "relcl" and token.lower_ in ("it", "they") and clause.head.dep_ in ("dobj", "pobj"):
            # "imposed sanctions on officials they accuse of …": those who imposed them accuse them
            matrix = governing_verb(clause.head)
        elif clause.dep_ not in ("ccomp", "advcl") or clause.head == clause:
            return []
        subjects = [c for c in matrix.children if c.dep_ == "nsubj" and c.pos_ != "PRON"] if matrix is not None else []
        actors = self.resolve(subjects[0]) if subjects else []
        return [a for a in actors if a.kind is not ActorKind.PERSON] or [
            s for s in (self.state_actor(a.country) for a in actors) if s is not None]

    def speaker_of(self, token: Token) -> list[Actor]:
        """Who speaks the quotation that `token` stands in, from the verb of saying around it."""
        quote = self.article.quote_around(token)
        if quote is None:
            return []
        if quote not in self.speakers:
            self.speakers[quote] = self._attribute(quote)
        return self.speakers[quote]

    def _attribute(self, quote: tuple[int, int]) -> list[Actor]:
        doc = self.article.doc
        sentences = [s for s in doc.sents if s.start_char < quote[1] + 3 and s.end_char > quote[0]]
        for sentence in reversed(sentences):
            for verb in sentence:
                if verb.idx >= quote[0] and verb.idx < quote[1]:
                    continue
                if verb.pos_ == "VERB" and verb.lemma_ in self.speech_verbs:
                    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
                    if subjects and not (quote[0] <= subjects[0].idx < quote[1]):
                        actors = self.resolve(subjects[0])
                        if actors:
                            return actors
        return []

    def note_sentence(self, sentence: Span) -> None:
        """Remember the last person and the last state that were the subject of a sentence, and the
        last pair of states."""
        for token in sentence:
            # the subject of the sentence, or its doer in the passive: "The plan was rejected … by X"
            doer = token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.dep_ == "ROOT"
            if (doer or token.dep_ == "nsubj" and token.head.dep_ == "ROOT") and token.lower_ not in PLURAL:
                actors = self.resolve_one(token)
                people = [a for a in actors if a.kind is ActorKind.PERSON]
                if people:
                    person = self.article.persons.find(people[0].name)
                    if person is not None:
                        self.last_person, self.last_official = person, []
                elif len(actors) == 1 and token.pos_ != "PRON":
                    self.last_state = actors  # "North Korea tested …. It has vowed …": it is North Korea
                    if actors[0].code and not actors[0].country:
                        self.last_body = actors  # "NATO met on Monday. The alliance said …"
                if actors and not people and token.lemma_.lower() in self.roles.person_nouns:
                    self.last_person, self.last_official = None, actors  # "A spokesman for X said …. He urged …"
        self.last_lists.update(self.lists_named_in(sentence))
        for token in sentence:
            if token.i in self.article.pair_at:
                self.last_pair = [self.referent_actor(r) for r in self.article.pair_at[token.i]]
            mention = self.article.mention_at.get(token.i)
            if mention is None or mention.start != token.i or mention.referent.country is None:
                continue
            if token.dep_ == "conj":
                continue
            pair = [self.mention_actor(mention)]
            partners = [c for c in token.children if c.dep_ == "conj" and c.i in self.article.mention_at]
            nested = [c for p in partners for c in p.children if c.dep_ == "conj"]
            if len(partners) == 1 and not nested:
                pair.append(self.mention_actor(self.article.mention_at[partners[0].i]))
            elif token.i + 2 < len(sentence.doc) and sentence.doc[token.i + 1].text == "-":
                after = self.article.mention_at.get(mention.end + 1)
                if after is not None and after.referent.country:
                    pair.append(self.mention_actor(after))
            countries = {a.country for a in pair}
            if len(pair) == 2 and len(countries) == 2:
                self.last_pair = pair

    def note_doers(self, sentence: Span) -> None:
        """Remember who did which act: "North Korea launched two missiles" (a verb and its subject), "Israel's
        strikes", "the coup by the army" (a noun and its owner or doer), for a later "condemned the launches"."""
        for token in sentence:
            doer: Token | None = None
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and token.dep_ not in ("amod", "compound") and (
                    lemma in self.doing_verbs or act_lemma(token) in ACT_VERBS.values()):  # only acts; resolving is not free
                doer = next((c for c in token.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            elif token.pos_ == "NOUN":
                doer = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) or next(
                    (o for p in token.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
                     if o.dep_ == "pobj"), None)
            if doer is None:
                continue
            actors = [a for a in self.resolve(doer) if a.country or a.code]
            if actors:
                self.doers[act_lemma(token)] = actors
                # "the US and Britain launched strikes", "Armenia and Azerbaijan signed a declaration":
                # the strikes and the declaration are theirs too
                # (not "Israel condemned the attack", "Ukraine welcomed the ceasefire": judged, not done)
                done_things = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] if (
                    lemma in self.doing_verbs) else []
                for done in done_things:
                    self.doers[act_lemma(done)] = actors
                    for inner in (o for p in done.children if p.dep_ == "prep" and p.lower_ == "of"
                                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"):
                        self.doers[act_lemma(inner)] = actors  # "launched dozens of strikes"

    def doer_of(self, act: Token) -> list[Actor]:
        """Who did the act a noun names, if the article said so before: "the launches" -> North Korea."""
        return list(self.doers.get(act_lemma(act), []))

    def other_side(self, source: list[Actor]) -> list[Actor]:
        """The other state of the pair the article is about, when the source is one of the pair."""
        sides = {a.country or a.code for a in source}
        if len(self.last_pair) != 2 or len(sides) != 1:
            return []
        first, second = self.last_pair
        if (first.country or first.code) in sides:
            return [second]
        if (second.country or second.code) in sides:
            return [first]
        return []

    def remember_parties(self, parties: list[Actor]) -> None:
        """After a meeting or an agreement of three sides or more: "X hosted the leaders of Y and Z, and the
        three countries agreed …" (not after a sanction on three states, whose imposer is no party with them)."""
        if len({a.country or a.code for a in parties} - {None}) == len(parties) >= 3:
            self.last_lists[len(parties)] = parties

    def remember(self, source: list[Actor], target: list[Actor]) -> None:
        """After an event: its source person is the one "he" means next, its two sides a pair."""
        for actor in source:
            if actor.kind is ActorKind.PERSON:
                person = self.article.persons.find(actor.name)
                if person is not None:
                    self.last_person, self.last_official = person, []
        states = [a for a in source if a.kind is not ActorKind.PERSON]
        if len(states) == 1:
            self.last_state = states
            if states[0].code and not states[0].country:
                self.last_body = states
        sides = [*source, *target]
        if len(sides) == 2 and len({actor_key(a) for a in sides}) == 2 and all(a.country or a.code for a in sides):
            self.last_pair = sides  # a former president is no side of the pair the article is about

