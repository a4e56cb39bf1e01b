"""The Kafka headers on every message demarche sends: its content type and its schema version."""

from pipeline.models.base import SCHEMA_VERSION

__all__ = ["CONTENT_TYPE", "message_headers"]

CONTENT_TYPE = "application/json"


def message_headers(schema_version: int = SCHEMA_VERSION) -> list[tuple[str, bytes]]:
    """`content-type: application/json` and `schema-version: N`, as (name, bytes) pairs.

    >>> message_headers()
    [('content-type', b'application/json'), ('schema-version', b'1')]
    """
    return [("content-type", CONTENT_TYPE.encode()), ("schema-version", str(schema_version).encode())]
