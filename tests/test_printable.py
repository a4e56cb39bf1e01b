from pipeline.printable import escape_controls


def test_line_breaks_and_carriage_returns_are_shown_not_obeyed():
    assert escape_controls("first\nsecond\r\nthird") == "first\\nsecond\\r\\nthird"


def test_terminal_escapes_and_unicode_line_separators_are_shown():
    assert escape_controls("\x1b[2Jcleared\u2028next\u2029\x9b") == "\\x1b[2Jcleared\\u2028next\\u2029\\x9b"


def test_a_right_to_left_override_cannot_reverse_what_follows():
    assert escape_controls("report\u202egpj.exe") == "report\\u202egpj.exe"


def test_ordinary_text_with_accents_and_quotes_is_left_alone():
    text = "Mr Çelik met Ms Ødegård in Zürich — “talks went well”, she said."
    assert escape_controls(text) == text
