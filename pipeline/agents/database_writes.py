"""Batches written to the database off the event loop: retried while the database (or, for a dead
letter, the broker) is away, and each row the database refuses for its content sent to the
dead-letter topic, so that no single message stops a stage."""

import asyncio
import logging
from typing import Callable, TypeVar

from faust.types import EventT

from pipeline.agents.deadletters import DeadLetterSender
from pipeline.storage.isolation import Refused, describe_failure, write_isolating

__all__ = ["RETRY_DELAYS", "letter_sent", "stored"]

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRY_DELAYS = (1.0, 30.0)  # first and longest wait between attempts while the database or broker is away


async def stored(readable: list[tuple[T, EventT]], write: Callable[[list[T]], int], dead_letter: DeadLetterSender,
                 what: str, on_retry: Callable[[], None]) -> int:
    """Write the items, retrying outages, and send each item the database refuses to the dead-letter
    topic. Returns the rows written."""
    def write_items(pairs: list[tuple[T, EventT]]) -> int:
        return write([item for item, _event in pairs])

    written, refused = await _with_retries(write_items, readable, on_retry)
    for (_item, event), reason in refused:
        await letter_sent(dead_letter, event, f"{what} not stored: {reason}")
    return written


async def _with_retries(write: Callable[[list[T]], int], batch: list[T],
                        on_retry: Callable[[], None]) -> tuple[int, Refused[T]]:
    """Run a blocking database write off the event loop, retrying while the database is unreachable."""
    loop = asyncio.get_running_loop()
    delay, longest = RETRY_DELAYS
    while True:
        try:
            return await loop.run_in_executor(None, write_isolating, write, batch)
        except Exception as error:  # write_isolating raises outages only
            log.error("database unreachable, retrying in %.0fs: %s", delay, describe_failure(error))
            on_retry()
            await asyncio.sleep(delay)
            delay = min(delay * 2, longest)


async def letter_sent(dead_letter: DeadLetterSender, event: EventT, reason: str) -> None:
    """Send a dead letter, retrying while the broker does not take it: an event whose letter is not
    sent must not be released, and one a stage gave up on would hold every later commit back."""
    delay, longest = RETRY_DELAYS
    while True:
        try:
            return await dead_letter(event, reason)
        except Exception as error:  # noqa: BLE001 - whatever it is, the letter is not sent yet
            log.error("dead letter not sent, retrying in %.0fs: %s", delay, error)
            await asyncio.sleep(delay)
            delay = min(delay * 2, longest)
