"""Batches written to the database off the event loop: retried while it is down, and each row it
refuses for its content sent to the dead-letter topic, so that no single message stops a stage."""

import asyncio
import logging
from typing import Any, Callable, TypeVar

from faust.types import EventT

from pipeline.agents.deadletters import send_dead_letter
from pipeline.storage.isolation import Refused, describe_failure, write_isolating

__all__ = ["stored", "with_retries"]

log = logging.getLogger(__name__)
T = TypeVar("T")


async def stored(write: Callable[[list[T]], int], batch: list[tuple[T, EventT]], deadletters: Any,
                 what: str, on_retry: Callable[[], None]) -> int:
    """Write a batch, retrying outages; send each item the database refuses to the dead-letter topic."""
    def write_pairs(pairs: list[tuple[T, EventT]]) -> int:
        return write([item for item, _event in pairs])

    written, refused = await with_retries(write_pairs, batch, on_retry)
    for (_item, event), reason in refused:
        await send_dead_letter(deadletters, event, f"{what} not stored: {reason}", in_transaction=False)
    return written


async def with_retries(write: Callable[[list[T]], int], batch: list[T],
                       on_retry: Callable[[], None]) -> tuple[int, Refused[T]]:
    """Run a blocking database write off the event loop, retrying while the database is unreachable."""
    loop = asyncio.get_running_loop()
    delay = 1.0
    while True:
        try:
            return await loop.run_in_executor(None, write_isolating, write, batch)
        except Exception as error:  # write_isolating raises outages only
            log.error("database unreachable, retrying in %.0fs: %s", delay, describe_failure(error))
            on_retry()
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)
