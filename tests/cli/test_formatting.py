from tests.alerting.test_rules import sanction

from pipeline.cli.formatting import format_event, format_message


def test_an_event_with_control_characters_prints_as_two_lines():
    event = sanction().model_copy(update={
        "article_id": "a-1\nforged line",
        "evidence": sanction().evidence.model_copy(update={"text": "The EU\r imposed \x1b[31msanctions\u2028."}),
    })
    lines = format_event(event).split("\n")
    assert len(lines) == 2
    assert "The EU\\r imposed \\x1b[31msanctions\\u2028." in lines[1] and "[a-1\\nforged line " in lines[1]


def test_a_message_that_is_not_json_is_shown_escaped():
    assert format_message(b"plain\x1b]0;title\x07 text\n") == "plain\\x1b]0;title\\x07 text\\n"


def test_other_json_keeps_its_indentation_but_not_its_escapes():
    assert format_message('{"note": "a\\u2028b\\u009b"}'.encode()) == '{\n  "note": "a\\u2028b\\x9b"\n}'
