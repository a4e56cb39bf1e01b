"""Keep faust from acknowledging a message that an agent did not finish.

faust acknowledges an event when the loop body that received it exits, even by an exception or a
cancellation, and the next commit then skips it for good. Holding an extra reference while the
body runs means that a message whose body did not finish is never committed: it is read again
after a restart or a rebalance.

    async for event in finished_events(stream.events()): ...
    async for batch in finished_batches(stream.take_events(100, within=1.0)): ...
"""

from typing import AsyncIterator, Sequence

from faust.types import EventT

__all__ = ["finished_batches", "finished_events"]


async def finished_batches(batches: AsyncIterator[Sequence[EventT]]) -> AsyncIterator[Sequence[EventT]]:
    async for batch in batches:
        for event in batch:
            event.message.incref()
        yield batch  # a body that raises closes this generator here: the references stay
        for event in batch:
            event.message.decref()


async def finished_events(events: AsyncIterator[EventT]) -> AsyncIterator[EventT]:
    async for event in events:
        event.message.incref()
        yield event
        event.message.decref()
