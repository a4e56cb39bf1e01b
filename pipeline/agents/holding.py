"""Keep faust from acknowledging a message that an agent did not finish.

faust acknowledges an event when the loop body that received it exits, even by an exception or a
cancellation, and the next commit then skips it for good. Holding an extra reference while the
body runs means that a message whose body did not finish is never committed: it is read again
after a restart or a rebalance.

    async for event in finished_events(stream.events()): ...
    async for batch in finished_batches(stream.take_events(100, within=1.0)): ...
    async for batch in held_batches(stream.events(), 8, within=0.05):
        for event in batch:
            with processing(event):
                await topic.send(...)  # in the transaction of the partition `event` came from
            release(event)

A body that sends one message for several events (a sum over the batch) holds them together: a
commit then waits until all of them are released, so it never takes some of them without the rest.

    async for batch in held_batches(stream.events(), 100, within=0.02):
        await held_together(batch)
        ...
        for event in batch:
            release(event)
"""

import asyncio
import weakref
from contextlib import contextmanager
from typing import Any, AsyncIterator, Callable, Iterator, Sequence

from faust.streams import _current_event
from faust.types import EventT

from pipeline.kafka.exactly_once import SourcePartitionTransactions, StableOffsetsConsumer

__all__ = ["commit_soon", "finished_batches", "finished_events", "held_batches", "held_together", "processing",
           "release"]


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


async def held_batches(events: AsyncIterator[EventT], size: int, within: float | Callable[[], float],
                       commit_when_idle: bool = False) -> AsyncIterator[list[EventT]]:
    """Events read one at a time and gathered until there are `size` or `within` seconds have passed
    since the first; each is held until the body `release`s it (after sending what it gave). A
    callable `within` is asked for the wait of each batch when its first event arrives (0: the
    events that are there already).

    The next event is awaited in a task of its own that a deadline never cancels (cancelling it
    would close faust's stream): a batch cut short leaves it running for the next batch. The task
    holds the event the moment it arrives: when the body stops meanwhile, faust's stream acknowledges
    the event it gave last as it closes, and the commit at the stop would take it unprocessed.

    With `commit_when_idle`, a batch after which no event is waiting has its partitions committed
    right away (with exactly-once transactions: its output becomes readable), not at the next tick
    of the commit interval."""
    iterator = events.__aiter__()
    loop = asyncio.get_running_loop()
    upcoming: asyncio.Future[EventT] = asyncio.ensure_future(_next_held(iterator))
    try:
        while True:
            try:
                batch = [await upcoming]
            except StopAsyncIteration:
                return
            upcoming = asyncio.ensure_future(_next_held(iterator))
            deadline = loop.time() + (within() if callable(within) else within)
            while len(batch) < size:
                done, _pending = await asyncio.wait({upcoming}, timeout=max(deadline - loop.time(), 0.0))
                if not done:
                    break
                try:
                    batch.append(upcoming.result())
                except StopAsyncIteration:
                    yield batch
                    return
                upcoming = asyncio.ensure_future(_next_held(iterator))
            yield batch  # events the body does not release are never committed: read again after a restart
            if commit_when_idle and not upcoming.done():
                commit_soon(batch)
    finally:
        upcoming.cancel()


async def _next_held(iterator: AsyncIterator[EventT]) -> EventT:
    event = await iterator.__anext__()
    event.message.incref()
    return event


async def held_together(batch: Sequence[EventT]) -> None:
    """Each event of `batch` counts as sending output from now on (with exactly-once transactions):
    a commit waits until every one of them is released, and none of them waits for a commit to send.

    As a first send does, this waits while a commit is taking its offsets (output of an event that
    starts then would join the transaction without the event's offset)."""
    transactions = _transactions(batch[0]) if batch else None
    if transactions is not None:
        await transactions.start_sending([event.message for event in batch])


def commit_soon(batch: Sequence[EventT]) -> None:
    """Ask for the partitions `batch` came from to be committed now, not at the next tick of the commit
    interval (with exactly-once transactions; otherwise nothing happens), once a body has sent what the
    batch gave: what it sent becomes readable as soon as it is committed."""
    if not batch:
        return
    consumer = batch[0].app.consumer
    if isinstance(consumer, StableOffsetsConsumer):
        consumer.commit_soon({event.message.topic for event in batch})


def _transactions(event: EventT) -> SourcePartitionTransactions | None:
    app = event.app
    transactions = getattr(app.consumer, "transactions", None) if app.in_transaction else None
    return transactions if isinstance(transactions, SourcePartitionTransactions) else None


def release(event: EventT) -> None:
    """The body is done with a held event: it may be committed once faust's stream is done with it too."""
    event.ack()


@contextmanager
def processing(event: EventT) -> Iterator[Any]:
    """Make `event` the one being processed: what is sent or written meanwhile joins the transaction
    of its input partition (and table keys its changelog partition), as when faust's stream yields it."""
    token = _current_event.set(weakref.ref(event))
    try:
        yield event
    finally:
        _current_event.reset(token)
