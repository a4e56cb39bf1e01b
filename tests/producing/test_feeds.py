"""Feeds read with feedparser: Atom XHTML content, entities, guids, RSS 1.0, tracking links."""

from pathlib import Path

from pipeline.producing.feeds import looks_like_feed
from pipeline.producing.links import entry_article_id
from pipeline.producing.readers import read_articles

ATOM_XHTML = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Lakeside Desk</title><id>urn:lakeside:feed</id>
<updated>2026-11-10T08:00:00Z</updated>
<entry><title type="html">Malawi &amp;amp; Zambia sign a fisheries pact</title>
<id>urn:lakeside:entry:301</id><link href="https://lakeside.example.org/pact?utm_source=atom"/>
<updated>2026-11-10T07:30:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Malawi and Zambia signed a fisheries
agreement in Lilongwe on Monday.</p><p>Both ministers praised the deal.</p></div></content></entry>
</feed>"""

RSS_GUID = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Hill Post</title><language>en-gb</language>
<item><title>Nepal &amp; Bhutan hold border talks</title><guid isPermaLink="false">hillpost-88</guid>
<link>https://hillpost.example.org/talks?utm_medium=rss&amp;ref=7</link>
<description>Nepal held talks with Bhutan.</description><pubDate>Tue, 10 Nov 2026 06:00:00 GMT</pubDate></item>
<item><title>Untagged item</title><link>https://hillpost.example.org/b?utm_source=rss</link>
<description>Bhutan praised Nepal.</description></item>
</channel></rss>"""

RSS_1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://valley.example.org/"><title>Valley Notes</title><link>https://valley.example.org/</link>
<description>news</description></channel>
<item rdf:about="https://valley.example.org/n/5"><title>Peru thanks Chile</title>
<link>https://valley.example.org/n/5</link><description>Peru thanked Chile for its help.</description>
<dc:date>2026-11-09T10:00:00Z</dc:date></item>
</rdf:RDF>"""


def read(tmp_path: Path, name: str, content: str) -> list:  # type: ignore[type-arg]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(read_articles(str(path)))


def test_an_atom_entry_with_xhtml_content_is_read_with_its_paragraphs(tmp_path: Path):
    [record] = read(tmp_path, "lake.atom", ATOM_XHTML)
    article = record.article
    assert article.title == "Malawi & Zambia sign a fisheries pact"
    assert article.text.endswith("Malawi and Zambia signed a fisheries agreement in Lilongwe on Monday.\n\n"
                                 "Both ministers praised the deal.")
    assert article.url == "https://lakeside.example.org/pact"
    assert article.id == entry_article_id("urn:lakeside:entry:301", None)
    assert article.published_at.isoformat() == "2026-11-10T07:30:00+00:00"


def test_rss_items_are_keyed_by_guid_else_by_the_link_without_tracking(tmp_path: Path):
    first, second = read(tmp_path, "hill.rss", RSS_GUID)
    assert first.article.title == "Nepal & Bhutan hold border talks"
    assert first.article.id == entry_article_id("hillpost-88", None)
    assert first.article.url == "https://hillpost.example.org/talks?ref=7"
    assert first.article.language == "en"
    assert second.article.id == entry_article_id(None, "https://hillpost.example.org/b")
    assert second.origin.endswith("hill.rss#2")


def test_rss_1_0_is_read(tmp_path: Path):
    [record] = read(tmp_path, "valley.rdf", RSS_1)
    assert (record.article.title, record.article.source) == ("Peru thanks Chile", "Valley Notes")
    assert "Peru thanked Chile for its help." in record.article.text
    assert record.article.published_at.isoformat() == "2026-11-09T10:00:00+00:00"


def test_a_feed_in_an_xml_file_is_told_from_other_xml():
    assert looks_like_feed(RSS_1.encode()) and looks_like_feed(ATOM_XHTML.encode())
    assert not looks_like_feed(b"<?xml version='1.0'?><html><body>hi</body></html>")
