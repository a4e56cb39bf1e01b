import pytest

from pipeline.extraction.gazetteer import Referent
from pipeline.extraction.persons import PersonRegistry, spelling_distance
from pipeline.models import ActorKind, EventType


def state(iso3: str) -> Referent:
    return Referent(ActorKind.STATE, iso3, country=iso3)


def test_spelling_distance_counts_edits():
    assert spelling_distance("Zelensky", "Zelenskyy") == 1


def test_a_surname_finds_the_person():
    registry = PersonRegistry()
    registry.add("Kenji Morita", state("JPN"), "Foreign Minister")
    assert registry.find("Morita").country == "JPN"


def test_a_transliteration_variant_finds_the_same_person():
    registry = PersonRegistry()
    registry.add("Volodymyr Zelensky", state("UKR"), "President")
    assert registry.find("Zelenskyy").name == "Volodymyr Zelensky"


def test_a_family_name_written_first_finds_the_person():
    registry = PersonRegistry()
    registry.add("Park Min-jun", state("KOR"), None)
    assert registry.find("Park").name == "Park Min-jun"


def test_a_surname_found_without_its_arabic_article_finds_the_person():
    registry = PersonRegistry()
    registry.add("Khalid al-Rashidi", state("OMN"), "Foreign Minister")
    assert registry.find("Rashidi").name == registry.find("el-Rashidi").name == "Khalid al-Rashidi"


def test_different_short_names_are_not_merged():
    registry = PersonRegistry()
    registry.add("Anna Berg", state("SWE"), None)
    assert registry.find("Borg") is None


def test_a_person_can_speak_for_an_organisation():
    registry = PersonRegistry()
    registry.add("Mark Rutte", Referent(ActorKind.ORGANISATION, "NATO", code="NATO"), "Secretary General")
    person = registry.find("Rutte")
    assert (person.organisation, person.country) == ("NATO", None)


def test_an_adviser_to_a_body_speaks_for_it(extractor) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from pipeline.extraction.document import build_article_doc
    doc = extractor.nlp('Maria Gonzalez, an adviser to the UN envoy for Libya, said: "The talks must go on."')
    parsed = build_article_doc(doc, extractor.gazetteer, extractor.roles, extractor.actors, date(2026, 3, 12))
    [person] = parsed.persons.people
    assert (person.name, person.organisation) == ("Maria Gonzalez", "UN")


def test_an_ambassador_to_a_state_does_not_speak_for_it(extractor) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from pipeline.extraction.document import build_article_doc
    doc = extractor.nlp("John Miller, the ambassador to Russia, urged Turkey to act.")
    parsed = build_article_doc(doc, extractor.gazetteer, extractor.roles, extractor.actors, date(2026, 3, 12))
    [person] = parsed.persons.people
    assert (person.name, person.country) == ("John Miller", None)


@pytest.mark.parametrize("sentence", [
    "Ivan Petrenko, President Vladimir Putin's spokesman, criticised Poland on Monday.",
    "Ivan Petrenko, a spokesman for Vladimir Putin, criticised Poland on Monday.",
    "Ivan Petrenko, an adviser to President Putin, criticised Poland on Monday.",
])
def test_a_spokesman_or_adviser_of_a_leader_speaks_for_the_leaders_state(extract, sentence: str):
    [criticism] = [e for e in extract(sentence) if e.event_type is EventType.CONDEMN]
    assert [a.country for a in criticism.source] == ["RUS"]


def test_a_daughter_of_a_leader_speaks_for_no_state(extract):
    events = extract("Maria Petrenko, President Vladimir Putin's daughter, criticised Poland on Monday.")
    assert all(a.country is None for e in events for a in e.source)


def test_an_envoy_named_after_a_body_and_a_state_serves_the_body(extract):  # type: ignore[no-untyped-def]
    [event] = extract("U.N. Yemen envoy Jan Novak welcomed the truce on Thursday.")
    assert ([a.code for a in event.source], [a.country for a in event.source]) == (["UN"], [None])


def test_an_envoy_named_after_two_states_serves_the_first(extract):  # type: ignore[no-untyped-def]
    [event] = extract("U.S. Sudan envoy Tom Perry welcomed the truce on Thursday.")
    assert [a.country for a in event.source] == ["USA"]


def test_an_office_described_with_its_holders_name_after_a_comma_places_no_one_else(extract):
    text = ("President Tomas Varga condemned Serbia on Monday.\n\n"
            "He later thanked the Kenyan president, Daniel Mwangi, for his support.")
    [event] = [e for e in extract(text) if e.event_type is EventType.CONDEMN]
    assert [a.country for a in event.source] != ["KEN"]


def test_an_office_described_with_its_state_alone_places_its_one_titled_holder(extract):
    text = ("President Tomas Varga condemned Serbia on Monday.\n\n"
            "The Kenyan president was in Belgrade last year.")
    [event] = [e for e in extract(text) if e.event_type is EventType.CONDEMN]
    assert [a.country for a in event.source] == ["KEN"]
