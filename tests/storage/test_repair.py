"""Rows the database would refuse for their content are made storable, and say what changed."""

from pipeline.storage.repair import cut, repair_row
from pipeline.storage.schema import articles


def test_a_short_value_is_not_cut():
    assert cut("a-1", 128) == "a-1"


def test_two_long_values_with_one_start_stay_two_values_after_the_cut():
    first, second = "x" * 200 + "1", "x" * 200 + "2"
    assert len(cut(first, 128)) == 128 and cut(first, 128) != cut(second, 128)
    assert cut(first, 128) == cut(first, 128)


def test_nul_characters_are_removed_and_noted():
    row, notes = repair_row(articles, {"article_id": "a", "title": "Tal\x00ks", "text": "x"})
    assert row["title"] == "Talks" and notes == ["title: removed 1 NUL characters"]


def test_an_over_long_source_is_cut_to_its_column_and_noted():
    row, notes = repair_row(articles, {"article_id": "a", "source": "s" * 300, "text": "x"})
    assert len(row["source"]) == 256 and notes == ["source: cut from 300 to 256 characters"]


def test_a_storable_row_is_left_alone():
    row = {"article_id": "a", "title": "Talks", "text": "x", "published_at": None}
    assert repair_row(articles, row) == (row, [])
