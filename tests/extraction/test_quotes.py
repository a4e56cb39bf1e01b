from pipeline.extraction.quotes import quote_spans


def test_curly_and_straight_quotes_are_found():
    text = 'A “first” and "second" quote.'
    assert [text[s:e] for s, e in quote_spans(text)] == ["“first”", '"second"']


def test_an_apostrophe_inside_a_word_does_not_close_a_single_quote():
    text = "‘No talks with Iran’s rivals’ he said"
    assert [text[s:e] for s, e in quote_spans(text)] == ["‘No talks with Iran’s rivals’"]
