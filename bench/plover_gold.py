"""Type and source-country accuracy on the PLOVER gold records in ../shared/external/plover.

    .venv/bin/python bench/plover_gold.py [--misses]
"""

import argparse
from pathlib import Path

from pipeline.evaluation.plover import load_records, score_records
from pipeline.extraction.extractor import load_extractor

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "external" / "plover" / "PLOVER_GSR_CAMEO.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--misses", action="store_true", help="print the sentences whose type was missed")
    args = parser.parse_args()
    score = score_records(load_records(args.gold), load_extractor())
    print(f"records mapped onto demarche types: {score.records}")
    for event_type, (right, total) in sorted(score.per_type.items()):
        print(f"  {event_type:9} {right:3}/{total:3}  {right / total:.2f}")
    print(f"type accuracy: {score.type_accuracy:.3f}")
    print(f"source-country accuracy: {score.source_accuracy:.3f} (of {score.with_country_source} typed records with state sources)")
    if args.misses:
        for event_type, text in score.misses:
            print(f"missed {event_type:9} {text}")


if __name__ == "__main__":
    main()
