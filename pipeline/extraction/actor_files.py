"""Actor files: JSON lines of persons, institutions and groups with the forms and offices that name them."""

import json
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.models import ActorKind

__all__ = ["ActorFileError", "ActorRecord", "Office", "read_actor_file"]


class Office(BaseModel):
    """A state or group someone acted for, in a role, over a range of dates (open where unset)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3")
    code: str | None = Field(default=None, pattern=r"^[A-Z0-9]{2,12}$", description="an organisation's code")
    role: str | None = None
    start: date | None = None
    end: date | None = Field(default=None, description="the last day, included")


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
