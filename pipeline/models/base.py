"""The base every message model shares: strict fields and a schema version."""

from pydantic import BaseModel, ConfigDict

__all__ = ["Contract", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1


class Contract(BaseModel):
    """A message on a topic: unknown fields are rejected, every message says its schema version."""

    model_config = ConfigDict(extra="forbid", frozen=False)

    schema_version: int = SCHEMA_VERSION
