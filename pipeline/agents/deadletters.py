"""The dead-letter path: every input a stage cannot use goes to the dead-letter topic with the reason."""

import logging
from typing import Any

from faust.types import EventT

from pipeline.intake import dead_letter

__all__ = ["send_dead_letter"]

log = logging.getLogger(__name__)


async def send_dead_letter(topic: Any, event: EventT, reason: str) -> None:
    """The event's original bytes (cut when too large for the broker) and the reason, on `topic`."""
    message = event.message
    raw = event.value if isinstance(event.value, bytes) else bytes(event.value or b"")
    letter = dead_letter(raw, reason, message.topic, message.partition, message.offset, message.key)
    await topic.send(key=message.key, value=letter.model_dump_json().encode())
    log.warning('dead letter partition="%s[%s]" offset="%s": %s', message.topic, message.partition,
                message.offset, letter.reason[:500])
