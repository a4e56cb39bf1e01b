"""Keep faust from acknowledging a message that an agent did not finish.

faust acknowledges an event when the loop body that received it exits, even by an exception or a
cancellation, and the next commit then skips it for good. Holding an extra reference until the
body has finished means that an unfinished message is never committed: it is read again after a
restart or a rebalance."""

from contextlib import contextmanager
from typing import Iterator, Sequence

from faust.types import EventT

__all__ = ["held_until_done"]


@contextmanager
def held_until_done(events: Sequence[EventT]) -> Iterator[None]:
    for event in events:
        event.message.incref()
    yield  # an exception leaves the references in place: the offsets stay uncommitted
    for event in events:
        event.message.decref()
