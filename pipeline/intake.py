"""Read raw message bytes as an article, or say clearly why they cannot be read."""

import json
from datetime import datetime, timezone

from pydantic import ValidationError

from pipeline.models import Article, DeadLetter

__all__ = ["UnreadableArticle", "describe_validation_error", "parse_article", "dead_letter"]


class UnreadableArticle(ValueError):
    """Raw bytes that are not a valid article; the message is the reason."""


def describe_validation_error(error: ValidationError) -> str:
    """"invalid article: text: Field required": every field and what is wrong with it."""
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "article"
        problems.append(f"{where}: {item['msg']}")
    return "invalid article: " + "; ".join(problems)


def parse_article(raw: bytes) -> Article:
    """The article in `raw`, or UnreadableArticle naming what is wrong."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableArticle(f"not UTF-8 text: {error}") from None
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as error:
        raise UnreadableArticle(f"not JSON: {error}") from None
    if not isinstance(payload, dict):
        raise UnreadableArticle(f"not a JSON object but a {type(payload).__name__}")
    try:
        return Article.model_validate(payload)
    except ValidationError as error:
        raise UnreadableArticle(describe_validation_error(error)) from None


def dead_letter(raw: bytes, reason: str, topic: str, partition: int | None = None,
                offset: int | None = None, key: bytes | None = None) -> DeadLetter:
    return DeadLetter(
        reason=reason, topic=topic, partition=partition, offset=offset,
        key=key.decode("utf-8", "replace") if key is not None else None,
        original_base64=DeadLetter.encode(raw), received_at=datetime.now(timezone.utc),
    )
