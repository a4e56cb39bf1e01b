"""The actor registry: every spelling under which a canonical actor has been reported."""

from collections import Counter
from datetime import datetime

from pydantic import BaseModel, Field

from pipeline.models import ActorMention

__all__ = ["ActorRecord"]


class ActorRecord(BaseModel):
    """The value kept per actor id in the actors table."""

    actor_id: str
    name: str
    variants: dict[str, int] = Field(default_factory=dict)
    countries: list[str] = Field(default_factory=list)
    mentions: int = 0
    first_seen: datetime
    last_seen: datetime

    @classmethod
    def first(cls, mention: ActorMention) -> "ActorRecord":
        return cls(actor_id=mention.actor.actor_id or "", name=mention.actor.name,
                   first_seen=mention.first_seen_at or mention.seen_at, last_seen=mention.seen_at)

    def observe(self, mention: ActorMention) -> None:
        """Count mentions; the canonical name is the spelling seen most often (the longest on ties)."""
        self.mentions += mention.count
        self.variants[mention.actor.name] = self.variants.get(mention.actor.name, 0) + mention.count
        self.name = max(Counter(self.variants).items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        if mention.actor.country and mention.actor.country not in self.countries:
            self.countries.append(mention.actor.country)
        self.first_seen = min(self.first_seen, mention.first_seen_at or mention.seen_at)
        self.last_seen = max(self.last_seen, mention.seen_at)
