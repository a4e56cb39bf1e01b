"""The raw article: what producers put on `articles.raw`."""

import hashlib
from datetime import datetime, timezone
from typing import Any

from pydantic import ConfigDict, Field, field_validator, model_validator

from pipeline.models.base import Contract

__all__ = ["Article", "derive_article_id"]


def derive_article_id(url: str | None, text: str) -> str:
    """A stable id from the URL when there is one, else from the text."""
    basis = url.strip() if url and url.strip() else text
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


class Article(Contract):
    """A news article to extract events from; fields it does not know are ignored."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(default="", description="derived from the URL or the text hash when empty")
    url: str | None = None
    title: str | None = None
    text: str = Field(min_length=1)
    published_at: datetime = Field(
        default_factory=lambda: datetime.now(timezone.utc),
        description="publication time; relative dates are resolved against it",
    )
    source: str | None = Field(default=None, description="the outlet, e.g. 'Tehran Times'")
    language: str = "en"

    @property
    def fingerprint(self) -> str:
        """What makes this article itself: two articles that share an id but not their content differ."""
        # a publication time that defaulted to "now" would differ on a replay: left out
        published = self.published_at.isoformat() if "published_at" in self.model_fields_set else ""
        content = "\x1f".join([self.url or "", self.title or "", self.text, published, self.source or "",
                                self.language])
        return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    @field_validator("text")
    @classmethod
    def text_is_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value

    @field_validator("published_at")
    @classmethod
    def published_at_is_aware(cls, value: datetime) -> datetime:
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)

    @model_validator(mode="before")
    @classmethod
    def id_defaults_to_a_hash(cls, values: Any) -> Any:
        if isinstance(values, dict) and not values.get("id") and isinstance(values.get("text"), str):
            values = dict(values, id=derive_article_id(values.get("url"), values["text"]))
        return values
