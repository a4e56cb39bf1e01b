"""The extract agent: raw articles in, extracted events out, unreadable input to the dead-letter topic."""

import asyncio
import logging
from functools import lru_cache
from pathlib import Path

from pipeline.agents.deadletters import send_dead_letter
from pipeline.agents.holding import finished_events
from pipeline.app import Pipeline
from pipeline.enrichment.keys import pair_key
from pipeline.extraction.extractor import EventExtractor, load_extractor
from pipeline.extraction.language import language_problem
from pipeline.intake import UnreadableArticle, parse_article

__all__ = ["attach_extract_agent"]

log = logging.getLogger(__name__)


@lru_cache(maxsize=2)
def shared_extractor(model: str, actor_files: tuple[Path, ...] = ()) -> EventExtractor:
    return load_extractor(model, actor_files)


def attach_extract_agent(pipeline: Pipeline) -> None:
    catalogue = pipeline.catalogue
    articles = pipeline.topic(catalogue.articles_raw)
    extracted = pipeline.topic(catalogue.events_extracted)
    deadletters = pipeline.topic(catalogue.deadletter)

    @pipeline.app.agent(articles, name=f"{pipeline.settings.app_id}.extract")
    async def extract_articles(stream):  # type: ignore[no-untyped-def]
        extractor = shared_extractor(pipeline.settings.spacy_model, tuple(pipeline.settings.actor_files))
        loop = asyncio.get_running_loop()
        async for event in finished_events(stream.events()):
            message = event.message
            raw = event.value if isinstance(event.value, bytes) else bytes(event.value or b"")
            where = f'partition="{message.topic}[{message.partition}]" offset="{message.offset}"'
            try:
                article = parse_article(raw, pipeline.settings.max_article_bytes)
                if (skipped := language_problem(article)) is not None:
                    raise UnreadableArticle(f"skipped: {skipped}")  # counted and shown, never zero events
                events = await loop.run_in_executor(None, extractor.extract, article)
            except UnreadableArticle as error:
                reason = str(error)
            except Exception as error:  # an extractor bug must not stop the stream
                log.exception("extraction failed %s", where)
                reason = f"extraction failed: {type(error).__name__}: {error}"
            else:
                for extracted_event in events:
                    await extracted.send(
                        key=pair_key(extracted_event).encode(),
                        value=extracted_event.model_dump_json().encode(),
                    )
                log.info("article %s: %d events %s", article.id, len(events), where)
                continue
            await send_dead_letter(deadletters, event, reason)
