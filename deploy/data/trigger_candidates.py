"""List candidate trigger verbs for demarche's event types from PETRARCH2's CAMEO verb dictionary.

Run from the project root: python deploy/data/trigger_candidates.py [SHARED_DIR] > candidates.tsv
Prints `type<TAB>cameo<TAB>lemma<TAB>block` for every single-word verb (and phrasal verb written
with '+', as "call_off") whose CAMEO code falls in one of our types. The output is for review:
the reviewed words go into pipeline/data/triggers.toml by hand, so no copy of the dictionary
ships with the product.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([0-9-]+)\]")
SYNONYM = re.compile(r"^\+?([A-Z_]+)\s*(?:\{[^}]*\})?\s*(?:\[([0-9]+)\])?")

# CAMEO roots (or exact codes) → demarche's event types (see ../shared/eval/README.md)
TYPE_OF_CODE = {
    "02": "REQUEST", "10": "REQUEST", "03": "ANNOUNCE", "04": "MEET", "05": "SUPPORT",
    "057": "AGREE", "06": "AGREE", "11": "CONDEMN", "12": "REJECT", "13": "THREATEN", "16": "SANCTION",
}


def event_type(code: str) -> str | None:
    return TYPE_OF_CODE.get(code[:3]) or TYPE_OF_CODE.get(code[:2])


def candidates(text: str) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    block, block_code = "", "---"
    for line in text.splitlines():
        if line.startswith("#") or line.startswith("-") or not line.strip():
            if match := BLOCK.match(line):
                block, block_code = match.group(1), match.group(2)
            continue
        match = SYNONYM.match(line.strip())
        if not match:
            continue
        code = match.group(2) or block_code
        kind = event_type(code) if code != "---" else None
        if kind:
            rows.append((kind, code, match.group(1).lower(), block.lower()))
    return sorted(set(rows))


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    text = (shared / "external" / "petrarch2" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    for row in candidates(text):
        print("\t".join(row))


if __name__ == "__main__":
    main()
