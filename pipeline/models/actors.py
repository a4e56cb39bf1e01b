"""An actor of an event: a state, an organisation or a person acting for one."""

from enum import StrEnum

from pydantic import BaseModel, Field

__all__ = ["Actor", "ActorKind"]


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
        default=None, description="stable id across articles and spellings, set by enrichment"
    )
