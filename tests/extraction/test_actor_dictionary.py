"""The dated actor dictionary: who a name stands for on a given day, and the files that say so."""

import importlib.util
import json
import os
import re
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
import spacy

from pipeline.data import data_path
from pipeline.extraction.actor_dictionary import (ActorDictionary, ActorFileError, DictionaryEntry,
                                                  load_actor_dictionary)
from pipeline.extraction.actor_files import ActorRecord, Office
from pipeline.models import ActorKind
from tests.conftest import ROOT, SHARED

TOKENIZER = spacy.blank("en").tokenizer


def tokenize(text: str) -> list[str]:
    return [token.text for token in TOKENIZER(text)]


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return load_actor_dictionary(tokenize)


def write_lines(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def found(actors: ActorDictionary, sentence: str, name: str, on: date) -> DictionaryEntry | None:
    """What `name` means where it first stands in `sentence`, matched from its first word."""
    words, wanted = tokenize(sentence), tokenize(name)
    start = next(i for i in range(len(words)) if words[i:i + len(wanted)] == wanted)
    match = actors.match_at(words, start, on)
    return match[1] if match is not None and match[0] == len(wanted) else None


# --- dates ---------------------------------------------------------------------------------------

def test_a_leader_named_alone_belongs_to_the_state_only_while_in_office(actors: ActorDictionary):
    sentence = "Putin told reporters the talks had gone well."
    as_premier = found(actors, sentence, "Putin", date(2010, 6, 1))
    as_president = found(actors, sentence, "Putin", date(2022, 3, 1))
    assert as_premier is not None and (as_premier.country, as_premier.role) == ("RUS", "Prime Minister")
    assert as_president is not None and (as_president.country, as_president.role) == ("RUS", "President")
    assert found(actors, sentence, "Putin", date(1995, 1, 1)) is None


def test_president_bush_is_american_in_2007_and_nobody_in_2026(actors: ActorDictionary):
    sentence = "President Bush met the visiting delegation at Camp David."
    in_2007 = found(actors, sentence, "President Bush", date(2007, 5, 2))
    in_1990 = found(actors, sentence, "President Bush", date(1990, 5, 2))
    assert in_2007 is not None and (in_2007.name, in_2007.country) == ("George W. Bush", "USA")
    assert in_1990 is not None and in_1990.name == "George H. W. Bush"
    assert found(actors, sentence, "President Bush", date(2026, 1, 15)) is None


def test_a_person_held_an_office_through_a_period_only_if_it_covers_every_day_of_it(actors: ActorDictionary):
    as_chancellor = actors.held_through(["Merkel"], date(2015, 1, 1), date(2015, 12, 31))
    assert as_chancellor is not None and as_chancellor.country == "DEU"
    assert actors.held_through(["Merkel"], date(2021, 1, 1), date(2021, 12, 31)) is None  # she left in December
    assert actors.held_through(["Kremlin"], date(2015, 1, 1), date(2015, 12, 31)) is None  # no person


def test_two_offices_of_one_state_back_to_back_cover_a_period_together(actors: ActorDictionary):
    putin = actors.held_through(["Putin"], date(2008, 1, 1), date(2008, 12, 31))  # president, then premier
    assert putin is not None and putin.country == "RUS"


def test_the_last_day_in_office_counts_and_the_next_does_not(actors: ActorDictionary):
    assert actors.lookup(["Merkel"], date(2021, 12, 8)) is not None
    assert actors.lookup(["Merkel"], date(2021, 12, 9)) is None


def test_an_administration_stands_for_its_state_within_the_presidents_terms(actors: ActorDictionary):
    sentence = "The Trump administration imposed new tariffs on steel."
    first_term = found(actors, sentence, "Trump administration", date(2018, 3, 8))
    assert first_term is not None and (first_term.kind, first_term.country) == (ActorKind.STATE, "USA")
    assert found(actors, sentence, "Trump administration", date(2023, 3, 8)) is None
    assert actors.lookup(tokenize("Biden administration"), date(2023, 3, 8)) is not None


# --- longest match -------------------------------------------------------------------------------

def test_the_longest_form_starting_at_a_word_wins(actors: ActorDictionary):
    words = tokenize("Officials of the Obama administration declined to comment.")
    length, entry = actors.match_at(words, words.index("Obama"), date(2012, 4, 1)) or (0, None)
    assert length == 2 and entry is not None and entry.kind is ActorKind.STATE


def test_a_longer_form_not_valid_on_the_day_gives_way_to_a_shorter_one(tmp_path: Path):
    path = write_lines(tmp_path / "actors.jsonl",
                       {"name": "Vela Doran", "kind": "person", "country": "NOR", "start": "2001-01-01",
                        "end": "2003-12-31"},
                       {"name": "Vela", "kind": "organisation", "code": "VELA"})
    actors = load_actor_dictionary(tokenize, [path])
    words = tokenize("Vela Doran spoke first.")
    assert actors.match_at(words, 0, date(2002, 1, 1)) == (2, DictionaryEntry(
        "Vela Doran", ActorKind.PERSON, "NOR", start=date(2001, 1, 1), end=date(2003, 12, 31)))
    assert actors.match_at(words, 0, date(2010, 1, 1)) == (1, DictionaryEntry("Vela", ActorKind.ORGANISATION,
                                                                               code="VELA"))


def test_words_that_name_nobody_match_nothing(actors: ActorDictionary):
    words = tokenize("The weather was mild on Tuesday.")
    assert all(actors.match_at(words, i, date(2024, 1, 1)) is None for i in range(len(words)))


# --- ambiguity -----------------------------------------------------------------------------------

def test_a_surname_shared_by_officials_of_two_states_is_ambiguous_while_both_serve(tmp_path: Path):
    path = write_lines(tmp_path / "actors.jsonl",
                       {"name": "Ilse Korvath", "kind": "person", "surfaces": ["Korvath"], "country": "AUT",
                        "start": "2010-01-01", "end": "2016-12-31"},
                       {"name": "Piet Korvath", "kind": "person", "surfaces": ["Korvath"], "country": "BEL",
                        "start": "2015-01-01"})
    actors = load_actor_dictionary(tokenize, [path])
    assert actors.lookup(["Korvath"], date(2016, 6, 1)) is None
    assert (actors.lookup(["Korvath"], date(2012, 6, 1)) or DictionaryEntry("", ActorKind.STATE)).country == "AUT"
    assert (actors.lookup(["Korvath"], date(2020, 6, 1)) or DictionaryEntry("", ActorKind.STATE)).country == "BEL"


def test_a_surname_two_serving_leaders_of_different_states_bear_is_ambiguous(actors: ActorDictionary):
    sentence = "Wong said the region needed calm."
    alone = found(actors, sentence, "Wong", date(2023, 1, 10))
    assert alone is not None and alone.country == "AUS"  # Penny Wong, before Lawrence Wong took office
    assert found(actors, sentence, "Wong", date(2024, 9, 1)) is None


def test_a_surname_shared_within_one_state_still_gives_the_state(actors: ActorDictionary):
    entry = actors.lookup(["Sharif"], date(2014, 6, 1))
    assert entry is not None and entry.country == "PAK"


# --- surnames alone ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, on, country", [
    ("Erdogan spoke by phone with Macron.", "Erdogan", date(2021, 1, 5), "TUR"),
    ("Erdoğan spoke by phone with Macron.", "Erdoğan", date(2021, 1, 5), "TUR"),
    ("Erdogan spoke by phone with Macron.", "Macron", date(2021, 1, 5), "FRA"),
    ("Xi welcomed the guests in the Great Hall.", "Xi", date(2019, 4, 1), "CHN"),
    ("Lula and Modi signed the accord.", "Lula", date(2023, 9, 9), "BRA"),
    ("Lula and Modi signed the accord.", "Modi", date(2023, 9, 9), "IND"),
    ("The talks ended after Bolsonaro left.", "Bolsonaro", date(2020, 2, 1), "BRA"),
    ("Trump said the deal was done.", "Trump", date(2025, 6, 1), "USA"),
])
def test_leaders_are_known_by_surname_or_short_name(actors: ActorDictionary, sentence: str, name: str,
                                                     on: date, country: str):
    entry = found(actors, sentence, name, on)
    assert entry is not None and entry.country == country


@pytest.mark.parametrize("sentence, name", [
    ("May saw the first rain in weeks.", "May"),
    ("Hunt for the missing hikers resumed.", "Hunt"),
    ("Price rises slowed in March.", "Price"),
])
def test_a_surname_that_is_an_english_word_names_nobody_alone(actors: ActorDictionary, sentence: str,
                                                               name: str):
    assert found(actors, sentence, name, date(2018, 12, 1)) is None


def test_a_surname_that_is_a_word_names_its_bearer_after_a_title(actors: ActorDictionary):
    may = found(actors, "Prime Minister May flew to Brussels.", "Prime Minister May", date(2018, 12, 1))
    hunt = found(actors, "Foreign Secretary Hunt flew to Tehran.", "Foreign Secretary Hunt", date(2019, 1, 9))
    assert may is not None and (may.name, may.country) == ("Theresa May", "GBR")
    assert hunt is not None and (hunt.name, hunt.country) == ("Jeremy Hunt", "GBR")


def test_forms_match_case_exactly(actors: ActorDictionary):
    assert actors.lookup(["trump"], date(2025, 6, 1)) is None
    assert actors.lookup(["kremlin"], date(2025, 6, 1)) is None


# --- institutions and organisations --------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, country", [
    ("The White House said no meeting was planned.", "White House", "USA"),
    ("Officials at Foggy Bottom were not consulted.", "Foggy Bottom", "USA"),
    ("The U.S. Treasury sanctioned three banks.", "U.S. Treasury", "USA"),
    ("The Treasury Department sanctioned three banks.", "Treasury Department", "USA"),
    ("The Kremlin dismissed the report.", "Kremlin", "RUS"),
    ("The Quai d'Orsay summoned the ambassador.", "Quai d'Orsay", "FRA"),
    ("The Quai d’Orsay summoned the ambassador.", "Quai d’Orsay", "FRA"),
    ("The People’s Liberation Army held drills.", "People’s Liberation Army", "CHN"),
    ("The ISI denied any role.", "ISI", "PAK"),
    ("The Élysée denied it.", "Élysée", "FRA"),
    ("The Elysee denied it.", "Elysee", "FRA"),
    ("Downing Street welcomed the ruling.", "Downing Street", "GBR"),
    ("Zhongnanhai kept silent.", "Zhongnanhai", "CHN"),
])
def test_institutions_stand_for_their_state(actors: ActorDictionary, sentence: str, name: str, country: str):
    entry = found(actors, sentence, name, date(2024, 2, 2))
    assert entry is not None and (entry.kind, entry.country) == (ActorKind.STATE, country)


def test_words_that_need_their_state_stand_for_none_alone(actors: ActorDictionary):
    assert actors.lookup(["Treasury"], date(2024, 2, 2)) is None
    assert actors.lookup(["Chancellery"], date(2024, 2, 2)) is None


def test_officials_of_organisations_carry_its_code_while_they_serve(actors: ActorDictionary):
    stoltenberg_at_nato = actors.lookup(["Stoltenberg"], date(2020, 1, 1))
    stoltenberg_at_home = actors.lookup(["Stoltenberg"], date(2025, 6, 1))
    guterres = actors.lookup(["Guterres"], date(2023, 1, 1))
    assert stoltenberg_at_nato is not None and stoltenberg_at_nato.side == (None, "NATO")
    assert stoltenberg_at_home is not None and stoltenberg_at_home.side == ("NOR", None)
    assert guterres is not None and (guterres.code, guterres.role) == ("UN", "Secretary-General")


def test_a_un_envoy_is_the_un_while_in_post(actors: ActorDictionary):
    envoy = found(actors, "De Mistura told the council that talks would resume.", "De Mistura", date(2016, 3, 1))
    assert envoy is not None and envoy.side == (None, "UN")


def test_armed_groups_carry_their_codes(actors: ActorDictionary):
    assert (actors.lookup(["Isis"], date(2016, 1, 1)) or DictionaryEntry("", ActorKind.STATE)).code == "ISIS"
    assert (actors.lookup(["Hamas"], date(2024, 1, 1)) or DictionaryEntry("", ActorKind.STATE)).code == "HAMAS"
    assert (actors.lookup(["Taleban"], date(2010, 1, 1)) or DictionaryEntry("", ActorKind.STATE)).code == "TALIBAN"


# --- user files ----------------------------------------------------------------------------------

def test_a_user_file_adds_actors(tmp_path: Path):
    path = write_lines(tmp_path / "mine.jsonl",
                       {"name": "Oskar Lindqvist-Ahl", "kind": "person", "surfaces": ["Lindqvist-Ahl"],
                        "offices": [{"country": "SWE", "role": "Trade Minister", "start": "2031-02-01"}]})
    entry = load_actor_dictionary(tokenize, [path]).lookup(tokenize("Lindqvist-Ahl"), date(2031, 5, 1))
    assert entry == DictionaryEntry("Oskar Lindqvist-Ahl", ActorKind.PERSON, "SWE", None, "Trade Minister",
                                    date(2031, 2, 1))


def test_a_user_file_replaces_what_the_shipped_data_says_of_a_form(tmp_path: Path):
    path = write_lines(tmp_path / "mine.jsonl", {"name": "Kremlin", "kind": "organisation", "code": "KREM"})
    entry = load_actor_dictionary(tokenize, [path]).lookup(["Kremlin"], date(2024, 1, 1))
    assert entry is not None and entry.side == (None, "KREM")


@pytest.mark.parametrize("line, reason", [
    ('{"name": "Tove Arkell", "kind": "person", "start": "last spring"}',
     "start: Value error, 'last spring' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY"),
    ('{"name": "Tove Arkell", "kind": "person", "start": 2017}', "start: Value error, 2017 is not a date"),
    ('{"name": "Tove Arkell", "kind": "person", "end": "2017-13"}', "end: Value error"),
    ('{"name": "Tove Arkell", "kind": "minister"}', "kind: Input should be 'state', 'organisation' or 'person'"),
    ('{"name": "Tove Arkell", "kind": "person", "country": "Sweden"}', "country: String should match pattern"),
    ('{"name": "Tove Arkell", "kind": "person", "nickname": "Tove"}', "nickname: Extra inputs are not permitted"),
    ('{"name": "Tove Arkell", "kind": "person",}', "not JSON"),
    ('{"kind": "person"}', "name: Field required"),
])
def test_a_wrong_user_file_fails_with_one_line_naming_file_line_and_reason(tmp_path: Path, line: str,
                                                                            reason: str):
    path = tmp_path / "mine.jsonl"
    path.write_text('# my actors\n{"name": "Ebba Strand", "kind": "person", "country": "SWE"}\n' + line + "\n",
                    encoding="utf-8")
    with pytest.raises(ActorFileError) as error:
        load_actor_dictionary(tokenize, [path])
    message = str(error.value)
    assert "\n" not in message and message.startswith(f"{path}:3: ") and reason in message


def test_a_year_or_a_month_in_an_actor_file_spans_all_its_days():
    office = Office(start="2017", end="2019-02")
    assert (office.start, office.end) == (date(2017, 1, 1), date(2019, 2, 28))
    assert Office(start="2024-02", end="2024").end == date(2024, 12, 31)


def test_a_missing_user_file_fails_with_one_line(tmp_path: Path):
    with pytest.raises(ActorFileError, match=r"^[^\n]*nowhere\.jsonl: cannot be read"):
        load_actor_dictionary(tokenize, [tmp_path / "nowhere.jsonl"])


def test_the_readme_example_is_a_working_actor_file(tmp_path: Path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Adding your own actors"):]
    example = re.search(r"```jsonl\n(.*?)```", section, re.S)
    assert example is not None
    path = tmp_path / "actors.jsonl"
    path.write_text(example.group(1), encoding="utf-8")
    actors = load_actor_dictionary(tokenize, [path])
    speaker = actors.lookup(["Brnabic"], date(2025, 1, 1))
    assert speaker is not None and (speaker.country, speaker.role) == ("SRB", "Speaker of Parliament")
    assert (actors.lookup(tokenize("de Hoop Scheffer"), date(2006, 1, 1)) or speaker).code == "NATO"


# --- the shipped data ----------------------------------------------------------------------------

def test_every_shipped_line_is_a_valid_actor_record():
    lines = [line for line in data_path("actors.jsonl").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    records = [ActorRecord.model_validate_json(line) for line in lines]
    assert len(records) > 1000
    assert all(o.start is None or o.end is None or o.start <= o.end for r in records for o in r.offices or [r])


def load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_actor_dictionary",
                                                  ROOT / "deploy" / "data" / "build_actor_dictionary.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_script_reproduces_the_shipped_data_from_the_shared_facts():
    if not (SHARED / "external" / "petrarch2" / "Phoenix.Countries.actors.txt").exists():
        if os.environ.get("CI"):
            pytest.fail(f"the Phoenix dictionaries are missing under {SHARED} (set DEMARCHE_SHARED_DIR)")
        pytest.skip(f"the Phoenix dictionaries are not under {SHARED}; set DEMARCHE_SHARED_DIR to check the build")
    built = load_builder().build(SHARED)
    assert built == data_path("actors.jsonl").read_text(encoding="utf-8"), (
        "pipeline/data/actors.jsonl is stale: run python deploy/data/build_actor_dictionary.py")


# --- former officials ----------------------------------------------------------------------------

def test_a_former_leader_is_known_but_stands_for_no_state(actors: ActorDictionary):
    words = tokenize("Barack Obama criticised the decision in a speech.")
    known = actors.known_at(words, 0)
    assert actors.match_at(words, 0, date(2019, 5, 1)) is None
    assert known is not None and known[0] == 2 and {e.country for e in known[1]} == {"USA"}
    assert actors.known_at(tokenize("Nobody Special spoke."), 0) is None


def test_an_entry_becomes_an_actor_of_the_event_model(actors: ActorDictionary):
    entry = actors.lookup(["Lavrov"], date(2024, 4, 4))
    assert entry is not None
    actor = entry.to_actor()
    assert (actor.name, actor.kind, actor.country, actor.role) == ("Sergei Lavrov", ActorKind.PERSON, "RUS",
                                                                   "Foreign Minister")


def test_a_name_is_looked_up_as_the_tokenizer_that_made_the_forms_splits_it():
    nlp = spacy.blank("en")
    tokenize = lambda text: [t.text for t in nlp.tokenizer(text)]  # noqa: E731
    dictionary = ActorDictionary({}, tokenize)
    for name in ("Lee Jae-myung", "Abdel Fattah al-Sisi", "Lee Jae–myung"):
        assert dictionary.words_of(name) == tokenize(name)
    assert dictionary.words_of("Lee Jae-myung") == ["Lee", "Jae", "-", "myung"]
