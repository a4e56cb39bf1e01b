from datetime import timezone

import pytest
from pydantic import ValidationError

from pipeline.models import Article
from pipeline.models.articles import derive_article_id


def test_an_article_without_an_id_gets_one_from_its_url():
    article = Article(url="https://example.org/a", text="Some text.")
    assert article.id == derive_article_id("https://example.org/a", "other text")


def test_an_article_without_an_id_or_url_gets_one_from_its_text():
    assert Article(text="Some text.").id == Article(text="Some text.").id != Article(text="Other.").id


def test_a_given_id_is_kept():
    assert Article(id="a-1", text="x").id == "a-1"


def test_blank_text_is_rejected():
    with pytest.raises(ValidationError, match="text is blank"):
        Article(text="   ")


def test_a_naive_publication_time_is_taken_as_utc():
    article = Article(text="x", published_at="2025-02-25T18:00:00")
    assert article.published_at.tzinfo == timezone.utc


def test_unknown_fields_of_producers_are_ignored():
    assert Article.model_validate({"text": "x", "author": "someone"}).text == "x"


def test_two_articles_that_share_an_id_have_different_fingerprints():
    first = Article(id="a-1", text="Chile thanked Peru.", published_at="2026-01-02T00:00:00+00:00")
    second = Article(id="a-1", text="Peru thanked Chile.", published_at="2026-01-02T00:00:00+00:00")
    assert first.fingerprint != second.fingerprint


def test_the_same_article_read_twice_has_one_fingerprint():
    raw = '{"id": "a-1", "text": "Chile thanked Peru."}'  # no publication time: it defaults to now
    assert Article.model_validate_json(raw).fingerprint == Article.model_validate_json(raw).fingerprint
