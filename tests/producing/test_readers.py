import json
from pathlib import Path

from pipeline.producing.readers import read_articles

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Coast Wire</title>
<item><title>Chile praises Peru</title><link>https://example.org/1</link>
<description>&lt;p&gt;Chile praised Peru for its rescue work.&lt;/p&gt;</description>
<pubDate>Wed, 11 Mar 2026 10:00:00 GMT</pubDate></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Talks in Oslo</title><link href="https://example.org/2"/>
<updated>2026-03-11T09:00:00Z</updated><summary>Norway hosted talks with Sweden.</summary></entry>
</feed>"""


def articles(source: Path | str) -> list:  # type: ignore[type-arg]
    return list(read_articles(str(source)))


def test_json_lines_name_the_line_and_field_of_a_bad_record(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n\n{"id": "b"}\nnot json\n', encoding="utf-8")
    records = articles(path)
    assert [r.article.id for r in records if r.article] == ["a"]
    assert [(r.origin, r.problem) for r in records if r.problem] == [
        (f"{path}:3", "invalid article: text: Field required"),
        (f"{path}:4", "not JSON: Expecting value: line 1 column 1 (char 0)"),
    ]


def test_a_json_array_gives_one_record_per_item(tmp_path: Path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": "one"}, {"text": "two"}, {"text": 3}]), encoding="utf-8")
    records = articles(path)
    assert [r.origin for r in records] == [f"{path}[0]", f"{path}[1]", f"{path}[2]"]
    assert records[2].problem == "invalid article: text: Input should be a valid string"


def test_a_markdown_file_is_one_article_titled_by_its_first_line(tmp_path: Path):
    path = tmp_path / "note.md"
    path.write_text("# River accord\n\nLaos and Cambodia signed an agreement.\n", encoding="utf-8")
    [record] = articles(path)
    assert record.article.title == "River accord" and "signed an agreement" in record.article.text
    assert json.loads(record.raw)["title"] == "River accord"


def test_rss_items_become_articles_with_plain_text(tmp_path: Path):
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    [record] = articles(path)
    article = record.article
    assert (article.title, article.url, article.source) == ("Chile praises Peru", "https://example.org/1", "Coast Wire")
    assert article.text == "Chile praises Peru\n\nChile praised Peru for its rescue work."
    assert article.published_at.isoformat() == "2026-03-11T10:00:00+00:00"


def test_atom_entries_become_articles(tmp_path: Path):
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    [record] = articles(path)
    assert record.article.url == "https://example.org/2" and record.article.source == "Atom Desk"


def test_a_directory_is_read_file_by_file(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Ghana condemned Togo.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "Chile praised Peru."}\n', encoding="utf-8")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    assert sorted(r.article.text.strip() for r in articles(tmp_path)) == ["Chile praised Peru.", "Ghana condemned Togo."]


def test_a_broken_feed_is_one_clear_problem(tmp_path: Path):
    path = tmp_path / "broken.xml"
    path.write_text("<rss><channel>", encoding="utf-8")
    [record] = articles(path)
    assert record.problem.startswith("not a readable RSS or Atom feed")


def test_too_large_a_record_is_reported_and_the_records_after_it_are_read(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": "Chile praised Peru. " * 70_000})  # 1.4 MB
    path.write_text('{"id": "a", "text": "Ghana condemned Togo."}\n' + big + '\n{"id": "c", "text": "x"}\n',
                    encoding="utf-8")
    records = articles(path)
    assert [r.article.id for r in records if r.article] == ["a", "c"]
    [problem] = [r for r in records if r.problem]
    assert problem.origin == f"{path}:2"
    assert problem.problem.startswith("too large: 1,400,0")
    assert "above the limit of 1,000,000 (DEMARCHE_MAX_ARTICLE_BYTES)" in problem.problem


def test_the_size_limit_is_a_setting(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "text": "' + "x" * 2000 + '"}\n', encoding="utf-8")
    assert read_articles(str(path), max_bytes=1024).__next__().problem.startswith("too large: 2,")


def test_deeply_nested_json_is_an_invalid_record_not_a_crash(tmp_path: Path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + '\n{"id": "after", "text": "Chile praised Peru."}\n',
                    encoding="utf-8")
    first, second = articles(path)
    assert first.problem == "not JSON: nested too deeply to read"
    assert second.article.id == "after"


def test_an_html_file_is_one_article(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Accord</title></head><body><p>Laos signed an accord.</p></body></html>",
                    encoding="utf-8")
    [record] = articles(path)
    assert record.article.title == "Accord" and "Laos signed an accord." in record.article.text
