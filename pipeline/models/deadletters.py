"""Dead letters: input that could not be read, kept whole with the reason."""

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
    original_base64: str = Field(description="the message value exactly as received, base64")
    received_at: datetime

    @property
    def original(self) -> bytes:
        return base64.b64decode(self.original_base64)

    @staticmethod
    def encode(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")
