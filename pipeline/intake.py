"""Read raw message bytes as an article, or say clearly why they cannot be read."""

import json
from datetime import datetime, timezone

from pydantic import ValidationError

from pipeline.models import Article, DeadLetter

__all__ = ["UnreadableArticle", "describe_validation_error", "parse_article", "dead_letter", "size_problem"]


class UnreadableArticle(ValueError):
    """Raw bytes that are not a valid article; the message is the reason."""


def describe_validation_error(error: ValidationError) -> str:
    """"invalid article: text: Field required": every field and what is wrong with it."""
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "article"
        problems.append(f"{where}: {item['msg']}")
    return "invalid article: " + "; ".join(problems)


def size_problem(size: int, max_bytes: int | None) -> str | None:
    """Why an article of `size` bytes is refused, or None when it is small enough."""
    if max_bytes is None or size <= max_bytes:
        return None
    return f"too large: {size:,} bytes, above the limit of {max_bytes:,} (DEMARCHE_MAX_ARTICLE_BYTES)"


def parse_article(raw: bytes, max_bytes: int | None = None) -> Article:
    """The article in `raw`, or UnreadableArticle naming what is wrong (too large for `max_bytes` too)."""
    if (too_large := size_problem(len(raw), max_bytes)) is not None:
        raise UnreadableArticle(too_large)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableArticle(f"not UTF-8 text: {error}") from None
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as error:
        raise UnreadableArticle(f"not JSON: {error}") from None
    except RecursionError:
        raise UnreadableArticle("not JSON: nested too deeply to read") from None
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
