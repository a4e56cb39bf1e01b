"""The gazetteer finds states, capitals and organisations as written, with accents or without, the longest first."""

import pytest

from pipeline.extraction.extractor import EventExtractor


@pytest.fixture
def find(extractor: EventExtractor):  # type: ignore[no-untyped-def]
    def run(text: str) -> tuple[int, str | None] | None:
        words = [t.text for t in extractor.nlp.make_doc(text)]
        found = extractor.gazetteer.match_at(words, 0)
        return (found[0], found[1].country or found[1].code) if found is not None else None
    return run


@pytest.mark.parametrize("text, found", [
    ("Bogotá said", (1, "COL")),
    ("Bogota said", (1, "COL")),
    ("Côte d'Ivoire said", (2, "CIV")),  # (the tokenizer makes "Côte" and "d'Ivoire")
    ("Federated States of Micronesia", (4, "FSM")),
    ("UN Security Council", (3, "UNSC")),
    ("UN Secúrity Council", (3, "UNSC")),
    ("UN officials", (1, "UN")),
])
def test_the_longest_form_is_found_as_written_or_without_its_accents(find, text, found):
    assert find(text) == found


def test_a_form_at_the_end_of_the_text_is_found(find):
    assert find("Bogotá") == (1, "COL")


@pytest.mark.parametrize("text", ["Bogotano said", "Tuesday said", "Ámbar said"])
def test_words_that_start_no_form_find_nothing(find, text):
    assert find(text) is None
