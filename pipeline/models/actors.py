"""An actor of an event: a state, an organisation or a person acting for one."""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from pipeline.models.base import Contract

__all__ = ["Actor", "ActorKind", "ActorMention"]


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


class ActorMention(Contract):
    """An actor as events named it: the message on `actors.mentions`, keyed by actor id.

    The events of one batch that named an actor in one spelling are one message, `count` of them."""

    actor: Actor
    event_id: str = Field(description="the last of the events that named the actor so")
    seen_at: datetime = Field(description="when the last of them was seen")
    count: int = Field(default=1, ge=1, description="events that named the actor so")
    first_seen_at: datetime | None = Field(default=None, description="when the first of them was seen, if earlier")
