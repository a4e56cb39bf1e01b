"""RSS 0.9x, 1.0 and 2.0 and Atom feeds, read with feedparser, as article payloads."""

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import feedparser

from pipeline.producing.links import canonical_link, entry_article_id
from pipeline.producing.plaintext import html_text

__all__ = ["FeedEntry", "UnreadableFeed", "looks_like_feed", "read_feed"]

FEED_STARTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<rdf")


class UnreadableFeed(ValueError):
    """Bytes that hold no RSS or Atom feed; the message says why."""


@dataclass(frozen=True)
class FeedEntry:
    """One item or entry: where it is in the feed, and the article payload made of it."""

    position: int
    payload: dict[str, Any]


def looks_like_feed(content: bytes) -> bool:
    """True for XML whose root is an RSS, RDF (RSS 1.0) or Atom element."""
    head = content[:2048].lstrip().lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2:].lstrip()
    while head.startswith(b"<!--") or head.startswith(b"<!doctype"):
        head = head[head.find(b">") + 1:].lstrip()
    return head.startswith(FEED_STARTS)


def _time(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    year, month, day, hour, minute, second = parsed[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc).isoformat()


def _body(entry: Any) -> str:
    contents = entry.get("content") or []
    html = contents[0].get("value") if contents else entry.get("summary")
    return html_text(html)


def _title(entry: Any) -> str | None:
    """The entry's title as plain text (feedparser leaves HTML titles as HTML)."""
    title = entry.get("title") or ""
    if "html" in (entry.get("title_detail") or {}).get("type", ""):
        title = html_text(title)
    return title.strip() or None


def _payload(entry: Any, outlet: str | None, language: str | None) -> dict[str, Any]:
    title = _title(entry)
    link = entry.get("link")
    body = _body(entry)
    if title and body.startswith(title):
        body = body[len(title):].lstrip()
    payload = {
        "id": entry_article_id(entry.get("id"), link),
        "url": canonical_link(link) if link else None,
        "title": title,
        "text": "\n\n".join(t for t in (title, body) if t),
        "published_at": _time(entry),
        "source": outlet,
        "language": language,
    }
    return {k: v for k, v in payload.items() if v}


def read_feed(content: bytes) -> list[FeedEntry]:
    """Every entry of a feed, in order; UnreadableFeed when the bytes are no feed at all."""
    parsed = feedparser.parse(content)
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        problem = parsed.get("bozo_exception") or "neither RSS nor Atom"
        raise UnreadableFeed(f"not a readable RSS or Atom feed: {problem}")
    feed = parsed.get("feed", {})
    outlet = (feed.get("title") or "").strip() or None
    language = (feed.get("language") or "").split("-")[0].lower() or None
    return [FeedEntry(index + 1, _payload(entry, outlet, language)) for index, entry in enumerate(parsed.entries)]
