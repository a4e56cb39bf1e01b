"""Load time of the actor dictionary and the cost of `match_at` at every token, against spaCy.

    .venv/bin/python bench/actor_dictionary_speed.py [--articles 200] [--rounds 5]

Loading is timed with the model's own tokenizer, as the extractor loads it (best and median of
the rounds, next to one `spacy.load` of the model); `match_at` is called at every token of the
sample articles and compared with the time spaCy's pipeline takes on the same texts.
"""

import argparse
import statistics
import time
from datetime import date

import spacy

from pipeline.extraction.actor_dictionary import load_actor_dictionary
from pipeline.settings import Settings

from extract_speed import sample_articles  # type: ignore[import-not-found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    nlp = spacy.load(Settings().spacy_model)
    spacy_load = time.perf_counter() - started
    tokenize = lambda text: [t.text for t in nlp.tokenizer(text)]  # noqa: E731
    loads = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        actors = load_actor_dictionary(tokenize)
        loads.append(time.perf_counter() - started)
    print(f"spacy.load {spacy_load:.3f} s; actor dictionary load best {min(loads):.3f} s, "
          f"median {statistics.median(loads):.3f} s ({len(actors)} forms)")
    texts = [article.text for article in sample_articles(args.articles)]
    started = time.perf_counter()
    words = [[t.text for t in doc] for doc in nlp.pipe(texts)]
    pipeline = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(1 for ws in words for i in range(len(ws)) if actors.match_at(ws, i, date(2024, 1, 1)))
    matching = time.perf_counter() - started
    tokens = sum(len(ws) for ws in words)
    print(f"{tokens} tokens: spaCy pipeline {pipeline:.2f} s, match_at at every token {matching * 1000:.1f} ms "
          f"({matching / pipeline:.2%} of spaCy), {found} matches")


if __name__ == "__main__":
    main()
