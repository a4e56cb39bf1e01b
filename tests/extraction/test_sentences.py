"""Sentence boundaries: never inside "U.S." before a name, always at a line break and after a dateline."""

from pipeline.extraction.extractor import EventExtractor


def sentences(extractor: EventExtractor, text: str) -> list[str]:
    return [s.text.strip() for s in extractor.nlp(text).sents if s.text.strip()]


def test_a_name_after_an_abbreviation_continues_the_sentence(extractor: EventExtractor) -> None:
    text = "Two U.S. Senate aides said on Friday that the vote would be delayed."
    assert sentences(extractor, text) == [text]


def test_a_sentence_may_still_end_with_an_abbreviation(extractor: EventExtractor) -> None:
    text = "The minister flew to the U.S. The visit lasted two days."
    assert sentences(extractor, text) == ["The minister flew to the U.S.", "The visit lasted two days."]


def test_a_line_break_always_ends_a_sentence(extractor: EventExtractor) -> None:
    assert sentences(extractor, "Chile and Peru sign a pact\nThe two states agreed on Monday.") == [
        "Chile and Peru sign a pact", "The two states agreed on Monday."]



def test_a_dateline_ends_at_its_dash(extractor: EventExtractor) -> None:
    assert sentences(extractor, "LIMA, March 4 (Andes Wire) - Peru recalled its envoy.") == [
        "LIMA, March 4 (Andes Wire) -", "Peru recalled its envoy."]


def test_a_hyphen_inside_a_word_ends_no_dateline(extractor: EventExtractor) -> None:
    text = "ECOWAS suspended Guinea-Bissau from its decision-making bodies last week."
    assert sentences(extractor, text) == [text]
