import json
from pathlib import Path

from pipeline.extraction.extractor import EventExtractor
from pipeline.extraction.parts import parsed_in_parts, text_parts
from pipeline.models import Article

PARAGRAPHS = [
    "Chilean Foreign Minister Ana Lucero met her Peruvian counterpart in Lima on Monday to discuss the "
    "shared border crossings, which trucks wait at for days during the harvest.",
    "Peru said it would open two more lanes at the Chacalluta crossing before the end of the year.",
    "Bolivia condemned the plan on Tuesday, saying it had not been consulted about the traffic that the "
    "new lanes would send through its territory.",
    "The three governments agreed to meet again in March.",
]


def test_a_text_is_cut_after_a_paragraph_break_once_a_part_has_the_size_and_the_parts_join_into_it():
    text = "\n\n".join(PARAGRAPHS)  # paragraphs of 172, 93, 142 and 52 characters
    assert text_parts(text, size=120) == [PARAGRAPHS[0] + "\n\n", "\n\n".join(PARAGRAPHS[1:])]  # 52 < 120 // 2
    assert text_parts(text, size=90) == [PARAGRAPHS[0] + "\n\n", PARAGRAPHS[1] + "\n\n", PARAGRAPHS[2] + "\n\n",
                                         PARAGRAPHS[3]]  # 52 >= 90 // 2
    assert "".join(text_parts(text, size=10)) == text


def test_a_short_rest_stays_with_the_part_before_it():
    text = "x" * 300 + "\n\n" + "y" * 20
    assert text_parts(text, size=100) == [text]
    assert text_parts(text, size=30) == ["x" * 300 + "\n\n", "y" * 20]


def test_a_text_without_line_breaks_or_shorter_than_a_part_is_one_part():
    assert text_parts("a" * 5000, size=100) == ["a" * 5000]
    assert text_parts("\n\n".join(PARAGRAPHS)) == ["\n\n".join(PARAGRAPHS)]
    assert text_parts("") == [""]


def test_the_white_space_after_a_line_break_stays_with_the_part_before():
    text = "a" * 50 + " \r\n \n\u00a0\n\t" + "b" * 50
    assert text_parts(text, size=40) == ["a" * 50 + " \r\n \n\u00a0\n\t", "b" * 50]


def test_no_part_is_empty_however_small_the_size():
    assert text_parts("ab\n", size=1) == ["ab\n"]
    assert text_parts("a\nb\n", size=1) == ["a\n", "b\n"]


def test_texts_parsed_in_parts_come_whole_in_order_with_their_context(extractor: EventExtractor):
    long = "\n\n".join(PARAGRAPHS * 8)
    assert len(text_parts(long)) > 1
    texts = [(long, "long"), (PARAGRAPHS[0], "short"), (long, "long again")]
    docs = list(parsed_in_parts(extractor.nlp, texts, batch_size=2))
    assert [(doc.text, context) for doc, context in docs] == texts
    starts = [doc[0].idx for doc in docs[0][0].sents]
    assert all(sum(map(len, text_parts(long)[:i])) in starts for i in range(1, len(text_parts(long))))


def test_a_long_article_has_the_same_events_parsed_in_parts_as_parsed_whole(extractor: EventExtractor):
    article = Article(id="parts-1", published_at="2026-03-02T09:00:00+00:00", text="\n\n".join(PARAGRAPHS * 8))
    whole = extractor.extract_doc(extractor.nlp(article.text), article)
    assert whole and extractor.extract(article) == whole


def test_every_dev_article_has_the_same_events_parsed_in_parts_as_parsed_whole(extractor: EventExtractor,
                                                                              shared_dir: Path):
    articles = [Article.model_validate(article) for path in sorted((shared_dir / "eval" / "dev").glob("*.json"))
                for article in json.loads(path.read_text(encoding="utf-8"))["articles"]]
    assert sum(len(text_parts(a.text)) > 1 for a in articles) >= 5  # enough of them are long enough to be cut
    for article, events in extractor.extract_many(articles):
        assert events == extractor.extract_doc(extractor.nlp(article.text), article), article.id
