"""The extract agent: raw articles in, the articles stored and their extracted events out, unreadable
input to the dead-letter topic.

Articles are read one at a time and gathered into batches (`parse_batch` per spaCy process, or
what came within `BATCH_WINDOW` while every process is busy, or what is there when one is free),
which a pool of spaCy processes parses while the event loop keeps Kafka, commits and heartbeats
going. Up to one batch per process more is read and parsing while the events of an earlier one are
sent (`Ahead`), in the order read; each batch is committed once its events are sent, so that they
are readable downstream without waiting for the commit interval. A batch's readable articles are
written to the database, then each article's events are sent in the context of its message, so they
join the transaction of its input partition, and the message is acknowledged right after: an
article whose events were not all sent is never committed and is read again (the upsert makes
storing it twice harmless).

This agent is the only reader of the articles topic: faust clears the buffers of a topic's readers
at a rebalance without letting go of the messages one reader has and another had not taken yet,
and then waits for them for good."""

import logging
from contextlib import aclosing

import faust
from faust.types import EventT

from pipeline.agents.database_writes import stored
from pipeline.agents.deadletters import send_dead_letter, sender_outside_transactions
from pipeline.agents.ahead import Ahead
from pipeline.agents.holding import commit_soon, held_batches, processing, release
from pipeline.agents.pool import Extracted, ExtractorPool, Outcome
from pipeline.app import Pipeline
from pipeline.intake import parse_article
from pipeline.models import Article

__all__ = ["attach_extract_agent", "BATCH_WINDOW"]

log = logging.getLogger(__name__)

BATCH_WINDOW = 0.05  # seconds a batch waits to fill while every spaCy process is busy


def attach_extract_agent(pipeline: Pipeline) -> None:
    catalogue, settings = pipeline.catalogue, pipeline.settings
    articles = pipeline.topic(catalogue.articles_raw)
    extracted = pipeline.topic(catalogue.events_extracted)
    deadletters = pipeline.topic(catalogue.deadletter)
    store = pipeline.store
    pool = ExtractorPool(settings.spacy_model, settings.parse_processes, tuple(settings.actor_files),
                         settings.max_article_bytes)

    on_retry = pipeline.metrics.storage_retries.inc
    dead_letter = sender_outside_transactions(deadletters)  # with the article rows: before any transaction's commit

    async def parse(batch: list[EventT]) -> tuple[list[bytes], list[Outcome]]:
        raws = [e.value if isinstance(e.value, bytes) else bytes(e.value or b"") for e in batch]
        return raws, await pool.extract(raws)

    @pipeline.app.agent(articles, name=f"{settings.app_id}.extract")
    async def extract_articles(stream: faust.StreamT[bytes]) -> None:
        await pool.start()
        try:
            def window() -> float:  # a batch waits to fill only while no spaCy process is free
                return BATCH_WINDOW if pool.busy >= pool.size else 0.0

            ahead = Ahead(held_batches(stream.events(), settings.parse_batch * pool.size, window), parse,
                          depth=pool.size + 1)
            async with aclosing(ahead.__aiter__()) as batches:  # a body that raises stops the reading ahead
                async for batch, (raws, outcomes) in batches:
                    readable: list[tuple[Article, EventT]] = [  # each was read once already, in its spaCy process
                        (parse_article(raw), event) for raw, event, outcome in zip(raws, batch, outcomes)
                        if isinstance(outcome, Extracted)
                    ]
                    await stored(readable, store.upsert_articles, dead_letter, "article", on_retry)
                    for event, outcome in zip(batch, outcomes):
                        message = event.message
                        where = f'partition="{message.topic}[{message.partition}]" offset="{message.offset}"'
                        with processing(event):
                            if isinstance(outcome, Extracted):
                                pipeline.metrics.extraction_seconds.observe(outcome.seconds)
                                for key, value in outcome.events:
                                    await extracted.send(key=key, value=value)
                                log.debug("article %s: %d events %s", outcome.article_id, len(outcome.events), where)
                            else:
                                await send_dead_letter(deadletters, event, outcome.reason)
                        release(event)
                    commit_soon(batch)  # its events need not wait for the interval to be readable
        finally:
            pool.stop()
