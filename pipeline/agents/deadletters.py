"""The dead-letter path: every input a stage cannot use goes to the dead-letter topic with the reason."""

import logging
from typing import Any

from faust.types import EventT

from pipeline.headers import message_headers
from pipeline.intake import dead_letter

__all__ = ["send_dead_letter"]

log = logging.getLogger(__name__)


async def send_dead_letter(topic: Any, event: EventT, reason: str, in_transaction: bool = True) -> None:
    """The event's original bytes (cut when too large for the broker) and the reason, on `topic`.

    A stage that reads and writes Kafka sends it in its transaction (when the worker runs exactly
    once). A sink sends it outside (`in_transaction=False`) and waits until the broker has it: a sink
    has no output of its own that would carry its transaction to a commit."""
    message = event.message
    raw = event.value if isinstance(event.value, bytes) else bytes(event.value or b"")
    letter = dead_letter(raw, reason, message.topic, message.partition, message.offset, message.key)
    value = letter.model_dump_json().encode()
    if in_transaction:
        await topic.send(key=message.key, value=value)
    else:
        producer = topic.app.producer
        await producer.maybe_start()
        await (await producer.send(topic.get_topic_name(), message.key, value, None, None, message_headers()))
    log.warning('dead letter partition="%s[%s]" offset="%s": %s', message.topic, message.partition,
                message.offset, letter.reason[:500])
