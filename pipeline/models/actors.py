"""An actor of an event: a state, an organisation or a person acting for one."""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

__all__ = ["Actor", "ActorKind", "ActorRecord"]


class ActorKind(StrEnum):
    STATE = "state"
    ORGANISATION = "organisation"
    PERSON = "person"


class Actor(BaseModel):
    """Who acted: `country` is the ISO 3166-1 alpha-3 code of the state the actor belongs to."""

    name: str
    kind: ActorKind
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    code: str | None = Field(default=None, description="an organisation's code, e.g. 'OIC'")
    role: str | None = Field(default=None, description="title or role, e.g. 'Foreign Minister'")
    actor_id: str | None = Field(
        default=None, description="stable id across articles and spellings, set by enrichment; none for a "
                                  "person named by an office alone ('the President', 'a Qatari official')"
    )


class ActorRecord(BaseModel):
    """One canonical actor of the stored events, as `demarche actors` lists it."""

    actor_id: str
    name: str = Field(description="the spelling used most often (the longest on ties)")
    kind: ActorKind
    variants: dict[str, int] = Field(default_factory=dict, description="stored events per spelling, most first")
    codes: list[str] = Field(default_factory=list, description="country and organisation codes it was given")
    events: int = Field(default=0, description="stored events that name it")
    first_seen: datetime = Field(description="when the first of them was reported")
    last_seen: datetime = Field(description="when the last of them was reported")
