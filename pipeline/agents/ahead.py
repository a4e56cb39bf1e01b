"""Work started on the batches an agent reads while its body is still busy with earlier ones, handed
to the body in the order the batches were read.

The extract agent parses in a pool of spaCy processes. Taking one batch at a time, it leaves the
processes idle while it stores and sends the last batch's events, and at a low rate (a batch of one
article) keeps all processes but one idle: an article waits for the one before it although a process
is free. Here up to `depth` batches are read and parsing while the body sends an earlier one:

    ahead = Ahead(held_batches(stream.events(), 8, 0.05), parse, depth=3)
    async with aclosing(ahead.__aiter__()) as batches:  # a body that raises stops the reading at once
        async for batch, parsed in batches:
            ...  # send, in offset order, then release
"""

import asyncio
from typing import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generic, TypeVar

__all__ = ["Ahead"]

B = TypeVar("B")
R = TypeVar("R")


class Ahead(Generic[B, R]):
    """Iterates (batch, result of `start(batch)`) in the order read, with up to `depth` batches read
    and started before the body is done with an earlier one (the one it has counts)."""

    def __init__(self, batches: AsyncIterator[B], start: Callable[[B], Awaitable[R]], depth: int) -> None:
        self._batches = batches
        self._start = start
        self._slots = asyncio.Semaphore(max(depth, 1))
        self._started: asyncio.Queue[tuple[B, asyncio.Future[R]] | None] = asyncio.Queue()  # None: the end

    async def _read(self) -> None:
        batches = self._batches.__aiter__()
        while True:
            await self._slots.acquire()  # before the read: no batch is read (and held) that cannot start
            try:
                batch = await batches.__anext__()
            except StopAsyncIteration:
                self._started.put_nowait(None)
                return
            self._started.put_nowait((batch, asyncio.ensure_future(self._start(batch))))

    async def __aiter__(self) -> AsyncGenerator[tuple[B, R], None]:
        reader = asyncio.ensure_future(self._read())
        upcoming: asyncio.Future[tuple[B, asyncio.Future[R]] | None] | None = None
        try:
            while True:
                upcoming = asyncio.ensure_future(self._started.get())
                await asyncio.wait({upcoming, reader}, return_when=asyncio.FIRST_COMPLETED)
                if not upcoming.done() and (reader.cancelled() or reader.exception() is not None):
                    upcoming.cancel()
                    reader.result()  # the reader's error is the body's
                item = await upcoming  # a reader that has ended has put its last item
                if item is None:
                    return
                batch, started = item
                result = await started
                yield batch, result  # a body that stops closes this generator here, when it uses `aclosing`
                self._slots.release()
        finally:
            if upcoming is not None:
                upcoming.cancel()
            reader.cancel()
            while not self._started.empty():
                left = self._started.get_nowait()
                if left is not None:
                    left[1].cancel()
