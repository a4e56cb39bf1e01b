"""A pool of spaCy processes: batches of raw articles in, serialised events out, the model loaded
once per process, so that a worker uses every core it is given and its event loop stays free for
Kafka, commits and heartbeats."""

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
import time
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, Callable, Sized, TypeVar

from pipeline.enrichment.keys import pair_key
from pipeline.extraction.extractor import EventExtractor, load_extractor
from pipeline.extraction.language import language_problem
from pipeline.extraction.parts import text_parts
from pipeline.intake import UnreadableArticle, parse_article
from pipeline.models import Article, ExtractedEvent

__all__ = ["Extracted", "ExtractorPool", "Outcome", "Unreadable", "balanced_runs", "extract_raw"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extracted:
    """An article's events, each as (pair key, event JSON), ready to send."""

    article_id: str
    events: list[tuple[bytes, bytes]]
    seconds: float = field(default=0.0, compare=False)  # the time its spaCy process spent on it


@dataclass(frozen=True)
class Unreadable:
    """Why an article could not be read or extracted: the reason its dead letter gives."""

    reason: str


Outcome = Extracted | Unreadable


_extractor: EventExtractor | None = None


def _exit_with_parent() -> None:
    parent = multiprocessing.parent_process()
    if parent is not None:
        wait([parent.sentinel])
        os._exit(0)


_max_bytes: int | None = None


def _start_process(model: str, actor_files: tuple[Path, ...], max_bytes: int | None) -> None:
    """Load the model once; leave Ctrl-C to the worker; end when the worker ends, however it ends."""
    global _extractor, _max_bytes
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    _extractor, _max_bytes = load_extractor(model, actor_files), max_bytes


def _process_id() -> int:
    return os.getpid()


def _serialised(article: Article, events: list[ExtractedEvent]) -> Extracted:
    return Extracted(article.id, [(pair_key(e).encode(), e.model_dump_json().encode()) for e in events])


def _extract_one(extractor: EventExtractor, article: Article) -> Outcome:
    try:
        return _serialised(article, extractor.extract(article))
    except Exception as error:  # an extractor bug must not stop the stream
        log.exception("extraction failed for article %s", article.id)
        return Unreadable(f"extraction failed: {type(error).__name__}: {error}")


def extract_raw(extractor: EventExtractor, raws: list[bytes], max_bytes: int | None = None) -> list[Outcome]:
    """Read and extract a batch of raw messages over one `nlp.pipe`; one outcome per message."""
    outcomes: list[Outcome | None] = []
    readable: list[tuple[int, Article]] = []
    for raw in raws:
        try:
            article = parse_article(raw, max_bytes)
        except UnreadableArticle as error:
            outcomes.append(Unreadable(str(error)))
            continue
        if (skipped := language_problem(article)) is not None:  # counted and shown, never zero events
            outcomes.append(Unreadable(f"skipped: {skipped}"))
            continue
        readable.append((len(outcomes), article))
        outcomes.append(None)
    try:
        parts = sum(len(text_parts(a.text)) for _i, a in readable)  # one nlp.pipe batch for the whole run
        found = extractor.extract_many((a for _i, a in readable), batch_size=max(parts, 1))
        for (index, _article), (article, events) in zip(readable, found):
            outcomes[index] = _serialised(article, events)
    except Exception:  # find the article that fails, and extract the others one by one
        for index, article in readable:
            outcomes[index] = _extract_one(extractor, article)
    return [o if o is not None else Unreadable("extraction failed: no result") for o in outcomes]


def _extract_in_process(raws: list[bytes]) -> list[Outcome]:
    assert _extractor is not None, "the pool process was not started with a model"
    started = time.perf_counter()
    outcomes = extract_raw(_extractor, raws, _max_bytes)
    each = (time.perf_counter() - started) / max(len(raws), 1)
    return [Extracted(o.article_id, o.events, each) if isinstance(o, Extracted) else o for o in outcomes]


S = TypeVar("S", bound=Sized)
T = TypeVar("T")


def balanced_runs(items: list[S], parts: int) -> list[list[S]]:
    """`items` cut into at most `parts` runs of consecutive items, each of about the same size in bytes
    (an item goes to the run its middle byte falls in)."""
    total = sum(len(item) for item in items)
    if not total:
        return [items] if items else []
    runs: dict[int, list[S]] = {}
    size = 0
    for item in items:
        runs.setdefault(min(int((size + len(item) / 2) * parts / total), parts - 1), []).append(item)
        size += len(item)
    return list(runs.values())


class ExtractorPool:
    """`size` spaCy processes, started on first use; a process that dies is replaced."""

    def __init__(self, model: str, size: int, actor_files: tuple[Path, ...] = (), max_bytes: int | None = None) -> None:
        self.model = model
        self.size = max(size, 1)
        self.initargs = (model, actor_files, max_bytes)
        self._executor: ProcessPoolExecutor | None = None
        self._starting = asyncio.Lock()  # bound to the event loop that first waits on it (Python 3.10+)
        self._one_by_one = asyncio.Lock()
        self._busy = 0

    @property
    def busy(self) -> int:
        """Jobs handed to the processes and not finished (running or waiting for a process)."""
        return self._busy

    def _run(self, executor: ProcessPoolExecutor, work: Callable[..., T], *args: Any) -> "asyncio.Future[T]":
        """`work` handed to the processes now, and counted busy until it is done."""
        self._busy += 1
        future = asyncio.get_running_loop().run_in_executor(executor, work, *args)
        future.add_done_callback(self._done)
        return future

    def _done(self, _future: "asyncio.Future[Any]") -> None:
        self._busy -= 1

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.size, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_process, initargs=self.initargs)

    async def start(self) -> None:
        """Start every process and wait until each has loaded the model."""
        async with self._starting:
            if self._executor is not None:
                return
            executor = self._new_executor()
            loop = asyncio.get_running_loop()
            await asyncio.gather(*(loop.run_in_executor(executor, _process_id) for _ in range(self.size)))
            log.info("%d spaCy processes ready (%s)", self.size, self.model)
            self._executor = executor

    async def extract(self, raws: list[bytes]) -> list[Outcome]:
        """Outcomes in the order of `raws`, the articles cut into one run per process (a process parses
        its run as one `nlp.pipe` batch, which costs it less CPU per article than one at a time).

        When a process dies, every batch in flight fails with it: each is then extracted again one
        article at a time, one batch after the other, so that only the article that kills a process
        is given up on."""
        await self.start()
        executor = self._executor
        assert executor is not None
        try:
            runs = await asyncio.gather(*(self._run(executor, _extract_in_process, run)
                                           for run in balanced_runs(raws, self.size)))
            return [outcome for run in runs for outcome in run]
        except BrokenProcessPool:
            async with self._one_by_one:
                log.error("a spaCy process died; extracting its batch again one article at a time")
                self._replace(executor)
                return [await self._extract_alone(raw) for raw in raws]

    async def _extract_alone(self, raw: bytes) -> Outcome:
        await self.start()
        executor = self._executor
        assert executor is not None
        try:
            [outcome] = await self._run(executor, _extract_in_process, [raw])
            return outcome
        except BrokenProcessPool:
            self._replace(executor)
            return Unreadable("extraction failed: the spaCy process died on this article")

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """Stop the broken executor, unless it was replaced already (stopping its healthy successor would
        cancel the work of other batches); the next `start` makes a new one."""
        if self._executor is broken:
            self.stop()

    def stop(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
