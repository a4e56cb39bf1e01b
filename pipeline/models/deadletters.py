"""Dead letters: input that could not be read or stored, kept with the reason."""

import base64
from datetime import datetime

from pydantic import Field

from pipeline.models.base import Contract

__all__ = ["DeadLetter"]


class DeadLetter(Contract):
    reason: str
    topic: str
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    original_base64: str = Field(description="the message value as received, base64; its start only when truncated")
    original_size: int | None = Field(default=None, ge=0, description="bytes of the whole original value")
    truncated: bool = Field(default=False, description="the original was too large for the broker and was cut")
    received_at: datetime

    @property
    def original(self) -> bytes:
        return base64.b64decode(self.original_base64)

    @staticmethod
    def encode(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")
