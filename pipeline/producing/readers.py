"""Turn files, directories and standard input into articles, naming the place of every bad record."""

import json
import re
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from html import unescape
from pathlib import Path
from typing import Any, Iterator
from xml.etree import ElementTree

from pydantic import ValidationError

from pipeline.intake import describe_validation_error
from pipeline.models import Article

__all__ = ["Record", "read_articles", "SUFFIXES"]

JSON_LINES = {".jsonl", ".ndjson"}
JSON = {".json"}
TEXT = {".txt", ".text", ".md", ".markdown"}
FEEDS = {".xml", ".rss", ".atom"}
SUFFIXES = JSON_LINES | JSON | TEXT | FEEDS
ATOM = "{http://www.w3.org/2005/Atom}"
TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Record:
    """One article read from `origin` ("file:line" or "file#item"), or why it could not be read."""

    origin: str
    article: Article | None = None
    raw: bytes = b""
    problem: str | None = None


def _validated(origin: str, payload: Any, raw: bytes) -> Record:
    if not isinstance(payload, dict):
        return Record(origin, raw=raw, problem=f"not a JSON object but a {type(payload).__name__}")
    try:
        return Record(origin, Article.model_validate(payload), raw)
    except ValidationError as error:
        return Record(origin, raw=raw, problem=describe_validation_error(error))


def _json_lines(name: str, lines: Iterator[bytes]) -> Iterator[Record]:
    for number, line in enumerate(lines, start=1):
        line = line.rstrip(b"\r\n")
        if not line.strip():
            continue
        try:
            payload = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            yield Record(f"{name}:{number}", raw=line, problem=f"not JSON: {error}")
            continue
        yield _validated(f"{name}:{number}", payload, line)


def _json_array(name: str, content: bytes) -> Iterator[Record]:
    try:
        payload = json.loads(content)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        yield Record(name, raw=content, problem=f"not JSON: {error}")
        return
    items = payload if isinstance(payload, list) else [payload]
    for index, item in enumerate(items):
        yield _validated(f"{name}[{index}]", item, json.dumps(item, ensure_ascii=False).encode())


def _text(path: Path) -> Iterator[Record]:
    """One article per file; its first non-blank line, without Markdown marks, is the title."""
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        yield Record(str(path), problem=f"not UTF-8 text: {error}")
        return
    first = next((line for line in content.splitlines() if line.strip()), "")
    title = first.strip().lstrip("#").strip() or None
    published = datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
    payload = {"title": title, "text": content, "published_at": published.isoformat(), "source": path.name}
    yield _validated(str(path), payload, json.dumps(payload, ensure_ascii=False).encode())


def _plain(html: str | None) -> str:
    return re.sub(r"\s+\n", "\n", unescape(TAGS.sub(" ", html or ""))).strip()


def _child_text(element: ElementTree.Element, *names: str) -> str | None:
    for name in names:
        child = element.find(name)
        if child is not None and (child.text or "").strip():
            return (child.text or "").strip()
    return None


def _feed_time(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return value  # Atom uses ISO 8601 already


def _feed(path: Path) -> Iterator[Record]:
    """RSS 2.0 items and Atom entries: title, link, content or description, publication time."""
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        yield Record(str(path), problem=f"not a readable RSS or Atom feed: {error}")
        return
    if root.tag == f"{ATOM}feed":
        outlet = _child_text(root, f"{ATOM}title")
        for index, entry in enumerate(root.findall(f"{ATOM}entry")):
            link = entry.find(f"{ATOM}link")
            title = _child_text(entry, f"{ATOM}title")
            body = _plain(_child_text(entry, f"{ATOM}content", f"{ATOM}summary"))
            payload = {"title": title, "url": link.get("href") if link is not None else None,
                       "text": "\n\n".join(t for t in (title, body) if t),
                       "published_at": _child_text(entry, f"{ATOM}published", f"{ATOM}updated"),
                       "source": outlet}
            yield _validated(f"{path}#entry{index + 1}", {k: v for k, v in payload.items() if v},
                             json.dumps(payload, ensure_ascii=False).encode())
        return
    channel = root.find("channel")
    if channel is None:
        yield Record(str(path), problem="neither an RSS channel nor an Atom feed")
        return
    outlet = _child_text(channel, "title")
    content_tag = "{http://purl.org/rss/1.0/modules/content/}encoded"
    for index, item in enumerate(channel.findall("item")):
        title = _child_text(item, "title")
        body = _plain(_child_text(item, content_tag, "description"))
        payload = {"title": title, "url": _child_text(item, "link"),
                   "text": "\n\n".join(t for t in (title, body) if t),
                   "published_at": _feed_time(_child_text(item, "pubDate")), "source": outlet}
        yield _validated(f"{path}#item{index + 1}", {k: v for k, v in payload.items() if v},
                         json.dumps(payload, ensure_ascii=False).encode())


def _file(path: Path) -> Iterator[Record]:
    suffix = path.suffix.lower()
    if suffix in TEXT:
        yield from _text(path)
    elif suffix in FEEDS:
        yield from _feed(path)
    elif suffix in JSON:
        yield from _json_array(str(path), path.read_bytes())
    else:
        with open(path, "rb") as lines:
            yield from _json_lines(str(path), iter(lines))


def read_articles(source: str) -> Iterator[Record]:
    """Records from a file, every readable file below a directory, or stdin ("-": JSON lines or array)."""
    if source == "-":
        content = sys.stdin.buffer.read()
        if content.lstrip().startswith(b"["):
            yield from _json_array("<stdin>", content)
        else:
            yield from _json_lines("<stdin>", iter(content.splitlines()))
        return
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(f"no such file or directory: {source}")
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
            yield from _file(child)
        return
    yield from _file(path)
