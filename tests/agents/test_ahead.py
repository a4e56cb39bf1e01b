"""Batches started ahead of the body, handed to it in the order they were read."""

import asyncio
from contextlib import aclosing
from typing import AsyncIterator

import pytest

from pipeline.agents.ahead import Ahead


async def batches_of(*batches: str, pause: float = 0.0) -> AsyncIterator[str]:
    for batch in batches:
        await asyncio.sleep(pause)
        yield batch


def run(coroutine):  # type: ignore[no-untyped-def]
    return asyncio.run(coroutine)


def test_results_come_in_the_order_read_even_when_a_later_batch_finishes_first():
    async def slow_first(batch: str) -> str:
        await asyncio.sleep({"a": 0.2, "b": 0.0, "c": 0.05}[batch])
        return batch.upper()

    async def body() -> list[tuple[str, str]]:
        return [item async for item in Ahead(batches_of("a", "b", "c"), slow_first, depth=3)]

    assert run(body()) == [("a", "A"), ("b", "B"), ("c", "C")]


def test_up_to_depth_batches_are_started_while_the_body_is_busy_and_no_more():
    started: list[str] = []
    most_at_once = 0
    unfinished = 0

    async def start(batch: str) -> str:
        nonlocal most_at_once, unfinished
        started.append(batch)
        unfinished += 1
        most_at_once = max(most_at_once, unfinished)
        return batch

    async def body() -> None:
        nonlocal unfinished
        async for _batch, _result in Ahead(batches_of("a", "b", "c", "d", "e"), start, depth=2):
            await asyncio.sleep(0.05)  # the body sends: the next batch is read and started meanwhile
            unfinished -= 1

    run(body())
    assert started == ["a", "b", "c", "d", "e"]
    assert most_at_once == 2


def test_an_error_of_the_work_on_a_batch_is_raised_to_the_body_at_that_batch():
    async def start(batch: str) -> str:
        if batch == "b":
            raise ValueError("cannot parse b")
        return batch

    async def body(got: list[str]) -> None:
        async for batch, _result in Ahead(batches_of("a", "b", "c"), start, depth=2):
            got.append(batch)

    got: list[str] = []
    with pytest.raises(ValueError, match="cannot parse b"):
        run(body(got))
    assert got == ["a"]


def test_an_error_of_the_source_is_raised_to_the_body_after_what_was_read_before_it():
    async def broken() -> AsyncIterator[str]:
        yield "a"
        raise ConnectionError("the stream broke")

    async def start(batch: str) -> str:
        await asyncio.sleep(0.05)
        return batch

    async def body(got: list[str]) -> None:
        async for batch, _result in Ahead(broken(), start, depth=2):
            got.append(batch)

    got: list[str] = []
    with pytest.raises(ConnectionError):
        run(body(got))
    assert got == ["a"]


def test_a_body_that_stops_early_cancels_the_work_started_ahead():
    cancelled: list[str] = []

    async def start(batch: str) -> str:
        try:
            await asyncio.sleep(0 if batch == "a" else 10)
        except asyncio.CancelledError:
            cancelled.append(batch)
            raise
        return batch

    async def body() -> None:
        ahead = Ahead(batches_of("a", "b", "c"), start, depth=3)
        iterator = ahead.__aiter__()
        assert (await iterator.__anext__())[0] == "a"
        await asyncio.sleep(0.05)  # "b" and "c" are started meanwhile
        await iterator.aclose()
        await asyncio.sleep(0)  # the cancellations are delivered

    run(body())
    assert sorted(cancelled) == ["b", "c"]


def test_a_body_that_raises_stops_the_reading_ahead_at_once():
    read: list[int] = []

    async def endless() -> AsyncIterator[int]:
        number = 0
        while True:
            await asyncio.sleep(0.001)
            read.append(number)
            yield number
            number += 1

    async def start(batch: int) -> int:
        return batch

    async def body() -> None:
        with pytest.raises(RuntimeError):
            async with aclosing(Ahead(endless(), start, depth=2).__aiter__()) as batches:
                async for _batch, _result in batches:
                    raise RuntimeError("the broker went away")
        reads = len(read)
        await asyncio.sleep(0.05)
        assert len(read) == reads <= 3  # no more read once the body is gone: at most its batch and two ahead

    run(body())

