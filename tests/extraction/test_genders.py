"""'He' and 'she' are told apart by what the article itself shows of each person."""

from datetime import date

from pipeline.extraction.extractor import EventExtractor, build_article_doc
from pipeline.models import EventType


def genders(extractor: EventExtractor, text: str) -> dict[str, str | None]:
    doc = extractor.nlp(text)
    parsed = build_article_doc(doc, extractor.gazetteer, extractor.roles, extractor.actors, date(2026, 3, 12))
    return {p.name: p.gender for p in parsed.persons.people}


def test_the_pronouns_after_a_person_named_alone_show_the_persons_gender(extractor: EventExtractor) -> None:
    text = ("Maria Gonzalez arrived in Lima on Monday. She said her talks would be short. "
            "John Miller stayed in Quito, where he met his advisers.")
    assert genders(extractor, text) == {"Maria Gonzalez": "f", "John Miller": "m"}


def test_a_title_shows_a_persons_gender(extractor: EventExtractor) -> None:
    assert genders(extractor, "Mrs. Maria Gonzalez and Mr. John Miller arrived.") == {
        "Maria Gonzalez": "f", "John Miller": "m"}


def test_a_sentence_naming_two_persons_shows_neither(extractor: EventExtractor) -> None:
    assert genders(extractor, "Maria Gonzalez met John Miller, and he thanked her.") == {
        "Maria Gonzalez": None, "John Miller": None}


def test_she_is_not_the_man_the_article_showed_as_he(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Chile's president John Miller spoke in Santiago on Monday. He said the talks had failed. "
            "Miller sparked anger in Peru with a sharp rebuke of Prime Minister Maria Gonzalez of Peru "
            "after she criticised him.")
    [criticism] = [e for e in extract(text) if e.event_type is EventType.CONDEMN and e.trigger == "criticised"]
    assert ([a.country for a in criticism.source], [a.country for a in criticism.target]) == (["PER"], ["CHL"])
