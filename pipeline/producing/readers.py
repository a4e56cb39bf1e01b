"""Turn files, directories, URLs and standard input into articles, naming the place of every bad record."""

import json
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

from pydantic import ValidationError

from pipeline.intake import describe_validation_error, size_problem
from pipeline.models import Article
from pipeline.producing.feeds import UnreadableFeed, looks_like_feed, read_feed
from pipeline.producing.fetching import fetch, is_url
from pipeline.producing.links import canonical_link, entry_article_id
from pipeline.producing.plaintext import read_page
from pipeline.settings import MAX_ARTICLE_BYTES

__all__ = ["Record", "read_articles", "SUFFIXES"]

JSON_LINES = {".jsonl", ".ndjson"}
JSON = {".json"}
TEXT = {".txt", ".text", ".md", ".markdown"}
PAGES = {".html", ".htm"}
FEEDS = {".xml", ".rss", ".atom", ".rdf"}
SUFFIXES = JSON_LINES | JSON | TEXT | PAGES | FEEDS


@dataclass(frozen=True)
class Record:
    """One article read from `origin` ("file:line", "file[i]" or "file#item"), or why it could not be read."""

    origin: str
    article: Article | None = None
    raw: bytes = b""
    problem: str | None = None


def _validated(origin: str, payload: Any, raw: bytes, max_bytes: int) -> Record:
    if (too_large := size_problem(len(raw), max_bytes)) is not None:
        return Record(origin, raw=raw, problem=too_large)
    if not isinstance(payload, dict):
        return Record(origin, raw=raw, problem=f"not a JSON object but a {type(payload).__name__}")
    try:
        return Record(origin, Article.model_validate(payload), raw)
    except ValidationError as error:
        return Record(origin, raw=raw, problem=describe_validation_error(error))


def _encoded(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode()


def _loads(content: bytes) -> Any:
    """The JSON value, or ValueError naming why not (deep nesting included)."""
    try:
        return json.loads(content)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"not JSON: {error}") from None
    except RecursionError:
        raise ValueError("not JSON: nested too deeply to read") from None


def _json_lines(name: str, lines: Iterator[bytes], max_bytes: int) -> Iterator[Record]:
    for number, line in enumerate(lines, start=1):
        line = line.rstrip(b"\r\n")
        if not line.strip():
            continue
        if (too_large := size_problem(len(line), max_bytes)) is not None:
            yield Record(f"{name}:{number}", raw=line, problem=too_large)
            continue
        try:
            payload = _loads(line)
        except ValueError as error:
            yield Record(f"{name}:{number}", raw=line, problem=str(error))
            continue
        yield _validated(f"{name}:{number}", payload, line, max_bytes)


def _json_array(name: str, content: bytes, max_bytes: int) -> Iterator[Record]:
    try:
        payload = _loads(content)
    except ValueError as error:
        yield Record(name, raw=content[:1000], problem=str(error))
        return
    items = payload if isinstance(payload, list) else [payload]
    for index, item in enumerate(items):
        yield _validated(f"{name}[{index}]", item, json.dumps(item, ensure_ascii=False).encode(), max_bytes)


def _json_content(name: str, content: bytes, max_bytes: int) -> Iterator[Record]:
    """A JSON array, or JSON lines, by the first character."""
    if content.lstrip().startswith(b"["):
        yield from _json_array(name, content, max_bytes)
    else:
        yield from _json_lines(name, iter(content.splitlines()), max_bytes)


def _text(name: str, content: bytes, published: datetime, max_bytes: int) -> Iterator[Record]:
    """One article; its first non-blank line, without Markdown marks, is the title."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        yield Record(name, problem=f"not UTF-8 text: {error}")
        return
    first = next((line for line in text.splitlines() if line.strip()), "")
    title = first.strip().lstrip("#").strip() or None
    payload = {"title": title, "text": text, "published_at": published.isoformat(), "source": Path(name).name}
    yield _validated(name, payload, _encoded(payload), max_bytes)


def _page(name: str, content: bytes, url: str | None, max_bytes: int) -> Iterator[Record]:
    """One article from an HTML page: its <title>, its visible text, its publication time if it says."""
    page = read_page(content.decode("utf-8", "replace"))
    link = canonical_link(url) if url else None
    text = page.text if not page.title or page.text.startswith(page.title) else f"{page.title}\n\n{page.text}"
    payload = {"id": entry_article_id(None, link), "url": link, "title": page.title, "text": text,
               "published_at": page.published, "source": urlsplit(url).hostname if url else Path(name).name}
    payload = {k: v for k, v in payload.items() if v}
    yield _validated(name, payload, _encoded(payload), max_bytes)


def _feed(name: str, content: bytes, max_bytes: int) -> Iterator[Record]:
    try:
        entries = read_feed(content)
    except UnreadableFeed as error:
        yield Record(name, problem=str(error))
        return
    for entry in entries:
        yield _validated(f"{name}#{entry.position}", entry.payload, _encoded(entry.payload), max_bytes)


def _file(path: Path, max_bytes: int) -> Iterator[Record]:
    suffix = path.suffix.lower()
    name = str(path)
    if suffix in JSON_LINES or suffix not in SUFFIXES:
        with open(path, "rb") as lines:
            yield from _json_lines(name, iter(lines), max_bytes)
        return
    content = path.read_bytes()
    if suffix in TEXT:
        yield from _text(name, content, datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc), max_bytes)
    elif suffix in PAGES:
        yield from _page(name, content, None, max_bytes)
    elif suffix in FEEDS:
        yield from _feed(name, content, max_bytes)
    else:
        yield from _json_array(name, content, max_bytes)


def _url(url: str, max_bytes: int) -> Iterator[Record]:
    """A feed, a JSON document or an HTML page over HTTP(S), told apart by type and content."""
    fetched = fetch(url)
    if looks_like_feed(fetched.content) or any(t in fetched.content_type for t in ("rss", "atom", "rdf")):
        yield from _feed(url, fetched.content, max_bytes)
    elif "json" in fetched.content_type:
        yield from _json_content(url, fetched.content, max_bytes)
    elif "html" in fetched.content_type or fetched.content.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")):
        yield from _page(url, fetched.content, fetched.url, max_bytes)
    else:
        yield from _text(url, fetched.content, datetime.now(timezone.utc), max_bytes)


def read_articles(source: str, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Record]:
    """Records from a file, every readable file below a directory, an http(s) URL, or stdin ("-")."""
    if source == "-":
        yield from _json_content("<stdin>", sys.stdin.buffer.read(), max_bytes)
        return
    if is_url(source):
        yield from _url(source, max_bytes)
        return
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(f"no such file or directory: {source}")
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
            yield from _file(child, max_bytes)
        return
    yield from _file(path, max_bytes)
