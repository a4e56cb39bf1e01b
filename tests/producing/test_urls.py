"""`read_articles` over HTTP, against a local http.server: feeds, pages, JSON and errors."""

import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

from pipeline.producing.fetching import FetchError
from pipeline.producing.readers import read_articles
from tests.producing.test_feeds import RSS_GUID

PAGE = """<!doctype html><html><head><title>Kenya and Uganda agree on a rail link</title>
<meta property="article:published_time" content="2026-11-08T12:00:00+00:00">
<script>var tracking = "ignore me";</script><style>p {color: red}</style></head>
<body><nav>Home | World</nav><article><h1>Kenya and Uganda agree on a rail link</h1>
<p>Kenya signed an agreement with Uganda on Sunday to build a rail link.</p>
<p>The ministers met in Nairobi.</p></article></body></html>"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "feed.rss").write_text(RSS_GUID, encoding="utf-8")
    (tmp_path / "story.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "batch.json").write_text(json.dumps([{"id": "j-1", "text": "Chile praised Peru."}]), encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_feed_url_gives_its_entries(site: str):
    records = list(read_articles(f"{site}/feed.rss"))
    assert [r.article.title for r in records] == ["Nepal & Bhutan hold border talks", "Untagged item"]
    assert records[0].origin == f"{site}/feed.rss#1"


def test_a_page_url_gives_one_article_of_its_visible_text(site: str):
    [record] = read_articles(f"{site}/story.html?utm_source=newsletter")
    article = record.article
    assert article.title == "Kenya and Uganda agree on a rail link"
    assert article.url == f"{site}/story.html"
    assert "Kenya signed an agreement with Uganda on Sunday" in article.text
    assert "ignore me" not in article.text and "color" not in article.text and "Home | World" not in article.text
    assert article.published_at.isoformat() == "2026-11-08T12:00:00+00:00"


def test_a_json_url_is_read_as_records(site: str):
    [record] = read_articles(f"{site}/batch.json")
    assert record.article.id == "j-1"


def test_a_missing_page_is_one_clear_error(site: str):
    with pytest.raises(FetchError, match=r"cannot read .*/nope.rss: HTTP 404"):
        list(read_articles(f"{site}/nope.rss"))
