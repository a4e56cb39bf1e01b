"""Actor files: JSON lines of persons, institutions and groups with the forms and offices that name them."""

import json
import re
from datetime import date, timedelta
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from pipeline.models import ActorKind

__all__ = ["ActorFileError", "ActorRecord", "Office", "read_actor_file"]

PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class Office(BaseModel):
    """A state or group someone acted for, in a role, over a range of dates (open where unset)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3")
    code: str | None = Field(default=None, pattern=r"^[A-Z0-9]{2,12}$", description="an organisation's code")
    role: str | None = None
    start: date | None = Field(default=None, description="the first day: YYYY-MM-DD, or YYYY-MM or YYYY for its first day")
    end: date | None = Field(default=None, description="the last day, included: YYYY-MM-DD, or YYYY-MM or YYYY for its last")

    @field_validator("start", "end", mode="before")
    @classmethod
    def _calendar_date(cls, value: object, info: ValidationInfo) -> object:
        """"2017" and "2017-05" are read as the first (start) or last (end) day of that year or month;
        a number is refused, not taken for a Unix timestamp."""
        if value is None or isinstance(value, date):
            return value
        if not isinstance(value, str) or not PARTIAL_DATE.fullmatch(value):
            raise ValueError(f"{value!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
        parts = value.split("-")
        if len(parts) == 3:
            return value
        last = info.field_name == "end"
        month = int(parts[1]) if len(parts) == 2 else (12 if last else 1)
        first = date(int(parts[0]), month, 1)
        if not last:
            return first
        following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return following - timedelta(days=1)


class ActorRecord(Office):
    """One line of an actor file: a name, its kind, the other forms that name it, and its offices.

    Without `offices` the record itself is the one office (its country, code, role and dates).
    """

    name: str = Field(min_length=1)
    kind: ActorKind
    surfaces: list[str] = Field(default_factory=list, description="forms as written in texts; the name is one")
    offices: list[Office] = Field(default_factory=list)


class ActorFileError(ValueError):
    """An actor file that cannot be read: the message is one line naming the file, the line and why."""


def read_actor_file(path: Path) -> list[ActorRecord]:
    """The records of a JSON-lines actor file; blank lines and lines starting with # are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ActorFileError(f"{path}: cannot be read: {error}") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            records.append(ActorRecord.model_validate(json.loads(line)))
        except json.JSONDecodeError as error:
            raise ActorFileError(f"{path}:{number}: not JSON: {error.msg}") from None
        except ValidationError as error:
            raise ActorFileError(f"{path}:{number}: {first_problem(error)}") from None
    return records


def first_problem(error: ValidationError) -> str:
    problem = error.errors()[0]
    where = ".".join(str(part) for part in problem["loc"])
    return f"{where}: {problem['msg']}" if where else str(problem["msg"])
