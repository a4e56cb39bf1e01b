"""Time expressions are tagged DATE even where the statistical entity tagger would miss them."""

import pytest

from pipeline.extraction.extractor import EventExtractor


@pytest.mark.parametrize("text, expression", [
    ("The speech was given in Lima nearly two years ago by the president.", "nearly two years ago"),
    ("Chile recalled its envoy some three weeks ago.", "some three weeks ago"),
    ("Chile recalled its envoy 12 days ago.", "12 days ago"),
    ("Chile recalled its envoy earlier this month.", "earlier this month"),
    ("Chile will recall its envoy next week.", "next week"),
])
def test_the_time_expression_ruler_tags_dates_without_the_tagger(extractor: EventExtractor, text: str,
                                                                 expression: str) -> None:
    [doc] = extractor.nlp.pipe([text], disable=["ner"])
    assert [(e.text, e.label_) for e in doc.ents] == [(expression, "DATE")]


def test_a_longer_date_the_entity_tagger_found_is_kept_whole(extractor: EventExtractor) -> None:
    doc = extractor.nlp("Iran met Iraq in the last week of October.")
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == ["the last week of October"]
