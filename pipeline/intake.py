"""Read raw message bytes as an article, or say clearly why they cannot be read."""

import json
from datetime import datetime, timezone

from pydantic import ValidationError

from pipeline.models import Article, DeadLetter

__all__ = ["MAX_ORIGINAL_BYTES", "UnreadableArticle", "describe_validation_error", "parse_article", "dead_letter",
           "size_problem"]

# faust's producer refuses messages over 1 MB (producer_max_request_size); base64 adds a third
MAX_ORIGINAL_BYTES = 512 * 1024
MAX_REASON_CHARS = 4000
MAX_KEY_CHARS = 1000


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
    except ValueError as error:  # an integer of more digits than Python converts
        raise UnreadableArticle(f"not JSON that can be read: {error}") from None
    if not isinstance(payload, dict):
        raise UnreadableArticle(f"not a JSON object but a {type(payload).__name__}")
    try:
        return Article.model_validate(payload)
    except ValidationError as error:
        raise UnreadableArticle(describe_validation_error(error)) from None


def dead_letter(raw: bytes, reason: str, topic: str, partition: int | None = None,
                offset: int | None = None, key: bytes | None = None) -> DeadLetter:
    """A dead letter that fits in a Kafka message: an original too large keeps its start and says so."""
    truncated = len(raw) > MAX_ORIGINAL_BYTES
    if truncated:
        reason = f"{reason} (original of {len(raw)} bytes truncated to {MAX_ORIGINAL_BYTES})"
    return DeadLetter(
        reason=_cut(reason, MAX_REASON_CHARS), topic=topic, partition=partition, offset=offset,
        key=_cut(key.decode("utf-8", "replace"), MAX_KEY_CHARS) if key is not None else None,
        original_base64=DeadLetter.encode(raw[:MAX_ORIGINAL_BYTES]), original_size=len(raw),
        truncated=truncated, received_at=datetime.now(timezone.utc),
    )


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
