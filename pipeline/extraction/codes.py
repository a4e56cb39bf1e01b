"""CAMEO codes with their Goldstein score, quad class and PLOVER type, from cameo_codes.tsv."""

import csv
from pathlib import Path

from pipeline.data import data_path
from pipeline.models import Codes

__all__ = ["CameoTable", "load_cameo_table"]


class CameoTable:
    def __init__(self, rows: dict[str, Codes]) -> None:
        self.rows = rows

    def codes_for(self, cameo: str) -> Codes:
        """The codes of `cameo`, falling back to its parent code when it is unknown."""
        code = cameo
        while code not in self.rows and len(code) > 2:
            code = code[:-1]
        if code not in self.rows:
            raise KeyError(f"unknown CAMEO code {cameo!r}")
        return self.rows[code]


def load_cameo_table(path: Path | None = None) -> CameoTable:
    rows = {}
    with open(path or data_path("cameo_codes.tsv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            rows[row["cameo"]] = Codes(
                cameo=row["cameo"], cameo_name=row["name"], goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]), plover=row["plover"] or None,
                plover_mode=row["plover_mode"] or None,
            )
    return CameoTable(rows)
