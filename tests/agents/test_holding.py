import asyncio
from types import SimpleNamespace
from typing import AsyncIterator

from faust.events import Event
from faust.streams import current_event
from faust.types import Message

from pipeline.agents.holding import held_batches, processing, release

NO_CONSUMER = SimpleNamespace(consumer=None)


def message_at(offset: int) -> Message:
    message = Message("articles.raw", 0, offset, 0.0, 0, [], b"k", b"v", None)
    message.incref()  # as faust's conductor does for the one stream it delivers the message to
    return message


async def stream_of(messages: list[Message], pause_after: int | None = None, pause: float = 0.0) -> AsyncIterator[Event]:
    """As faust's stream: each event acknowledged once the next is asked for."""
    for offset, message in enumerate(messages):
        if offset == pause_after:
            await asyncio.sleep(pause)
        event = Event(NO_CONSUMER, message.key, message.value, [], message)  # type: ignore[arg-type]
        try:
            yield event
        finally:
            event.ack()


async def batches_of(messages: list[Message], size: int, within: float, **pausing: float) -> list[list[int]]:
    offsets = []
    async for batch in held_batches(stream_of(messages, **pausing), size, within):  # type: ignore[arg-type]
        offsets.append([e.message.offset for e in batch])
        for event in batch:
            release(event)
    return offsets


def test_ready_events_are_gathered_up_to_the_batch_size():
    assert asyncio.run(batches_of([message_at(i) for i in range(7)], 3, 1.0)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_a_batch_waits_no_longer_than_its_window_and_the_late_event_starts_the_next():
    messages = [message_at(i) for i in range(4)]
    assert asyncio.run(batches_of(messages, 10, 0.05, pause_after=2, pause=0.3)) == [[0, 1], [2, 3]]


def test_released_events_are_acknowledged_and_those_not_released_are_not():
    messages = [message_at(i) for i in range(4)]

    async def release_the_first_two() -> None:
        async for batch in held_batches(stream_of(messages), 4, 1.0):  # type: ignore[arg-type]
            release(batch[0])
            release(batch[1])
            raise RuntimeError("the body failed half way")

    try:
        asyncio.run(release_the_first_two())
    except RuntimeError:
        pass
    assert [m.acked for m in messages] == [True, True, False, False]


def test_an_event_being_processed_is_the_current_event_only_inside_the_block():
    event = Event(NO_CONSUMER, b"k", b"v", [], message_at(5))  # type: ignore[arg-type]
    with processing(event):
        assert current_event() is event
    assert current_event() is None


def test_an_event_fetched_ahead_when_the_body_stops_is_not_acknowledged_when_the_stream_closes():
    messages = [message_at(i) for i in range(5)]
    stream = stream_of(messages)

    async def stop_while_the_next_event_waits() -> None:
        async for batch in held_batches(stream, 2, 1.0):  # type: ignore[arg-type]
            for event in batch:
                release(event)
            await asyncio.sleep(0.05)  # meanwhile the event after the batch has been fetched
            raise asyncio.CancelledError  # the worker stops the agent here

    async def run_then_close_the_stream() -> None:
        try:
            await stop_while_the_next_event_waits()
        except asyncio.CancelledError:
            pass
        await stream.aclose()  # as faust's stream does at a stop: it acknowledges the event it gave last

    asyncio.run(run_then_close_the_stream())
    assert [m.acked for m in messages] == [True, True, False, False, False]


def test_a_window_given_as_a_function_is_asked_for_each_batch_when_its_first_event_arrives():
    messages = [message_at(i) for i in range(4)]
    windows = iter([0.0, 1.0])
    asked: list[float] = []

    def window() -> float:
        asked.append(next(windows))
        return asked[-1]

    async def batches() -> list[list[int]]:
        offsets = []
        # the stream pauses before offset 1: a batch that does not wait leaves it to the next
        async for batch in held_batches(stream_of(messages, pause_after=1, pause=0.1), 10, window):  # type: ignore[arg-type]
            offsets.append([e.message.offset for e in batch])
            for event in batch:
                release(event)
        return offsets

    assert asyncio.run(batches()) == [[0], [1, 2, 3]]
    assert asked == [0.0, 1.0]
