import base64
import json

import pytest

from pipeline.intake import MAX_ORIGINAL_BYTES, UnreadableArticle, dead_letter, parse_article


def test_a_valid_article_is_read():
    assert parse_article(b'{"id": "a", "text": "Talks were held."}').id == "a"


@pytest.mark.parametrize("raw, reason", [
    (b"not json {", "not JSON"),
    (b"\xff\xfe", "not UTF-8"),
    (b"[1, 2]", "not a JSON object but a list"),
    (b'{"title": "no text"}', "invalid article: text: Field required"),
    (b'{"text": 42}', "invalid article: text: Input should be a valid string"),
    (b'{"text": "x", "published_at": "yesterday-ish"}', "invalid article: published_at"),
])
def test_unreadable_input_says_why(raw: bytes, reason: str):
    with pytest.raises(UnreadableArticle, match=reason):
        parse_article(raw)


def test_a_dead_letter_keeps_the_original_bytes_and_the_reason():
    letter = dead_letter(b"\xffbroken", "not UTF-8 text", "articles.raw", 0, 7, b"k")
    assert letter.original == b"\xffbroken"
    assert base64.b64decode(letter.original_base64) == b"\xffbroken"
    assert (letter.reason, letter.offset, letter.key) == ("not UTF-8 text", 7, "k")


@pytest.mark.parametrize("raw, reason", [
    (b'{"text": "x", "extra": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
    (b'{"text": "x", "count": ' + b"7" * 5000 + b"}", "not JSON that can be read"),
])
def test_json_that_python_cannot_hold_is_unreadable_not_a_crash(raw: bytes, reason: str):
    with pytest.raises(UnreadableArticle, match=reason):
        parse_article(raw)


def test_a_dead_letter_of_a_huge_original_keeps_its_start_and_says_it_was_cut():
    raw = b"x" * (5 * 1024 * 1024)
    letter = dead_letter(raw, "not JSON", "articles.raw", 0, 9, b"k" * 5000)
    assert letter.truncated and letter.original_size == len(raw)
    assert letter.original == raw[:MAX_ORIGINAL_BYTES]
    assert "truncated" in letter.reason
    assert len(letter.model_dump_json().encode()) < 1_000_000  # faust's producer limit


def test_a_dead_letter_of_a_small_original_is_whole():
    letter = dead_letter(b"{}", "invalid article", "articles.raw")
    assert not letter.truncated and letter.original_size == 2 and letter.original == b"{}"


def test_an_article_above_the_size_limit_is_unreadable_with_the_reason():
    raw = json.dumps({"id": "big", "text": "Chile praised Peru. " * 100}).encode()
    with pytest.raises(UnreadableArticle, match=r"^too large: 2,02\d bytes, above the limit of 1,024"):
        parse_article(raw, max_bytes=1024)
    assert parse_article(raw).id == "big"


def test_deeply_nested_json_is_unreadable_not_a_crash():
    with pytest.raises(UnreadableArticle, match="nested too deeply"):
        parse_article(b"[" * 100_000 + b"]" * 100_000)
