"""The dead-letter path: every input a stage cannot use goes to the dead-letter topic with the reason."""

import logging
from typing import Any, Awaitable, Callable

from faust.types import EventT

from pipeline.headers import message_headers
from pipeline.intake import dead_letter

__all__ = ["DeadLetterSender", "send_dead_letter", "sender_outside_transactions"]

log = logging.getLogger(__name__)

DeadLetterSender = Callable[[EventT, str], Awaitable[None]]


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
        producer, sensors, name = topic.app.producer, topic.app.sensors, topic.get_topic_name()
        await producer.maybe_start()
        state = sensors.on_send_initiated(producer, name, None, len(message.key or b""), len(value))
        metadata = await (await producer.send(name, message.key, value, None, None, message_headers()))
        sensors.on_send_completed(producer, state, metadata)  # as faust's own sends: counted in the metrics
    log.warning('dead letter partition="%s[%s]" offset="%s": %s', message.topic, message.partition,
                message.offset, letter.reason[:500])


def sender_outside_transactions(topic: Any) -> DeadLetterSender:
    """Sends dead letters to `topic` outside any transaction, as a sink or a database write must."""
    async def send(event: EventT, reason: str) -> None:
        await send_dead_letter(topic, event, reason, in_transaction=False)
    return send
