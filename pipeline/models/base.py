"""The base every message model shares: a schema version, and tolerance of fields added later."""

from pydantic import BaseModel, ConfigDict

__all__ = ["Contract", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1


class Contract(BaseModel):
    """A message on a topic: every message says its schema version.

    Fields are only ever added within a schema version, so a reader ignores the fields it does not
    know: a worker that has not been upgraded yet still reads what a newer one writes."""

    model_config = ConfigDict(extra="ignore", frozen=False)

    schema_version: int = SCHEMA_VERSION
