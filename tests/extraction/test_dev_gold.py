"""Extraction quality on the dev gold set in ../shared, scored by the shared scorer."""

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from pipeline.extraction.extractor import EventExtractor
from pipeline.models import Article


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_dev_gold_set_scores_above_the_bar(shared_dir: Path, extractor: EventExtractor):
    gold = json.loads((shared_dir / "eval" / "dev" / "seed.json").read_text(encoding="utf-8"))
    predictions = []
    for entry in gold["articles"]:
        article = Article(id=entry["id"], text=entry["text"], published_at=entry["published_at"],
                          source=entry["source"])
        predictions += [json.loads(e.model_dump_json()) for e in extractor.extract(article)]
    result = load_scorer(shared_dir).score(gold, predictions)
    assert result["f1"] >= 0.9, result
    assert result["actor_exact"] >= 0.8, result
    assert result["date_accuracy"] == 1.0, result
