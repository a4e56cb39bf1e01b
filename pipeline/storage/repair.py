"""Rows the database would refuse for their content, made storable: NUL characters removed,
values longer than their column cut, each change noted."""

import hashlib
from typing import Any

from sqlalchemy.schema import Table

__all__ = ["cut", "repair_row"]

REFUSED_CHARACTERS = str.maketrans("", "", "\x00")  # PostgreSQL text cannot hold NUL


def cut(value: str, limit: int) -> str:
    """`value` in at most `limit` characters; a cut value ends in a hash of the whole, so two long
    values that share their start stay two values (ids remain unique and agree across tables)."""
    if len(value) <= limit:
        return value
    digest = hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]
    return f"{value[:limit - len(digest) - 1]}~{digest}"


def repair_row(table: Table, row: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The row with every text value made storable in `table`, and a note per change."""
    repaired, notes = dict(row), []
    for column in table.columns:
        value = row.get(column.name)
        if not isinstance(value, str):
            continue
        cleaned = value.translate(REFUSED_CHARACTERS)
        if cleaned != value:
            notes.append(f"{column.name}: removed {len(value) - len(cleaned)} NUL characters")
        limit = getattr(column.type, "length", None)
        if limit is not None and len(cleaned) > limit:
            notes.append(f"{column.name}: cut from {len(cleaned)} to {limit} characters")
            cleaned = cut(cleaned, limit)
        repaired[column.name] = cleaned
    return repaired, notes
