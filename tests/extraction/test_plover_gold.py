"""The PLOVER gold records from the CAMEO manual: accuracy must not fall below what was measured.

Measured on 2026-11-29 (bench/plover_gold.py): type accuracy 0.553 over 190 records, source-country
accuracy 0.875 over 96. The floors sit a little below, so that a real regression fails.
"""

from pathlib import Path

from pipeline.evaluation.plover import load_records, score_records
from pipeline.extraction.extractor import EventExtractor


def test_plover_type_and_source_accuracy_do_not_fall(shared_dir: Path, extractor: EventExtractor):
    records = load_records(shared_dir / "external" / "plover" / "PLOVER_GSR_CAMEO.txt")
    assert len(records) == 190
    score = score_records(records, extractor)
    assert score.type_accuracy >= 0.52, score.per_type
    assert score.source_accuracy >= 0.86, score.source_accuracy
