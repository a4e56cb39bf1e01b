import asyncio
from typing import Any

import aiokafka
import pytest
from faust.types import TP
from faust.types.tuples import ConsumerMessage

from pipeline.kafka.clients import ensure_topics
from pipeline.kafka.exactly_once import ActiveOnly, DeliveryFailed, ExactlyOnceApp, next_commit, seek_to_committed_or_start
from pipeline.topics import TopicCatalogue


def test_a_run_of_acknowledged_offsets_is_committed_after_its_last():
    assert next_commit([5, 6, 7], [], 5) == 8


def test_nothing_is_committed_past_an_offset_not_acknowledged():
    assert next_commit([5, 6, 8, 9], [], 5) == 7


def test_transaction_markers_below_an_acknowledged_offset_count_as_done():
    # faust's gap ends one past the message that revealed it: [7, 10) for markers 7, 8 and the message 9
    assert next_commit([5, 6, 9, 10], [(7, 10)], 5) == 11


def test_a_marker_after_the_highest_acknowledged_offset_waits_for_the_next_message():
    assert next_commit([5, 6], [(7, 10)], 5) == 7


def test_offsets_counted_twice_and_offsets_already_committed_change_nothing():
    assert next_commit([3, 4, 5, 6, 6, 7], [(6, 8)], 5) == 8


def test_reading_the_offsets_twice_gives_the_same_answer():
    acked, gaps = [10, 11, 13], [(12, 14)]
    assert next_commit(acked, gaps, 10) == next_commit(acked, gaps, 10) == 14


def test_a_gap_at_the_last_commit_is_skipped_but_a_longer_one_is_not_assumed():
    assert next_commit([6, 7], [], 5) == 8
    assert next_commit([7, 8], [], 5) is None


def test_nothing_new_is_none():
    assert next_commit([], [], 5) is None
    assert next_commit([2, 3], [], 5) is None


def test_a_message_no_stream_took_is_not_counted_as_done_and_one_a_stream_took_is():
    app = ExactlyOnceApp("ack-test", broker="kafka://localhost:9", processing_guarantee="exactly_once")
    app.topics.acking_topics.add("things")  # as when an agent reads the topic
    consumer = app.consumer
    skipped = ConsumerMessage("things", 0, 5, 0.0, 0, [], b"k", b"v", None)  # a stream skipped it at a rebalance
    taken = ConsumerMessage("things", 0, 5, 0.0, 0, [], b"k", b"v", None)
    taken.tracked = True  # a stream yielded it to an agent
    assert consumer.ack(skipped) is False and consumer._acked[TP("things", 0)] == []
    assert consumer.ack(taken) is True and consumer._acked[TP("things", 0)] == [5]


def test_an_offset_that_held_a_record_is_not_taken_for_a_gap_until_it_is_acknowledged():
    # faust dropped the records at 7 and 8 after fetching them: the jump to 9 looks like a gap [7, 10)
    assert next_commit([5, 6, 9, 10], [(7, 10)], 5, records={5, 6, 7, 8, 9, 10}) == 7
    assert next_commit([5, 6, 7, 8, 9, 10], [(7, 10)], 5, records={5, 6, 7, 8, 9, 10}) == 11


def test_a_record_being_processed_right_at_the_last_commit_holds_the_commit_back():
    assert next_commit([6, 7], [], 5, records={5, 6, 7}) is None
    assert next_commit([6, 7], [], 5, records={6, 7}) == 8  # a marker at 5: no record was fetched there


def test_before_the_first_commit_no_record_being_processed_is_passed_either():
    assert next_commit([5], [], None, records=range(11)) is None
    assert next_commit([5, 6], [], None, records={5, 6}) == 7


def a_consumer_of(monkeypatch, *partitions: TP):  # type: ignore[no-untyped-def]
    """The consumer of an exactly-once app (not connected), assigned `partitions`, its seeks to the
    committed offsets made without a broker."""
    app = ExactlyOnceApp("resume-test", broker="kafka://localhost:9", processing_guarantee="exactly_once")
    consumer = app.consumer
    monkeypatch.setattr(consumer, "assignment", lambda: set(partitions))

    async def seek_to_committed() -> dict[TP, int]:
        return {tp: 0 for tp in partitions}

    monkeypatch.setattr(consumer, "seek_to_committed", seek_to_committed)
    return app, consumer


def test_stream_partitions_resumed_before_the_seek_of_a_recovery_are_read_once_seeked_and_the_buffers_cleared(monkeypatch):  # type: ignore[no-untyped-def]
    articles = TP("articles", 0)
    app, consumer = a_consumer_of(monkeypatch, articles)
    consumer.pause_partitions({articles})  # a rebalance
    app.flow_control.resume()  # the recovery starts: the buffers are cleared, nothing is seeked yet
    consumer.resume_partitions({articles})  # faust resumes the stream partitions, then seeks them
    assert articles not in consumer._get_active_partitions()
    asyncio.run(consumer.perform_seek())
    assert articles not in consumer._get_active_partitions()
    app.flow_control.resume()  # and clears the buffers
    assert articles in consumer._get_active_partitions()


def test_a_seek_before_the_streams_are_resumed_does_not_count_as_the_recovery_seek(monkeypatch):  # type: ignore[no-untyped-def]
    articles = TP("articles", 0)
    app, consumer = a_consumer_of(monkeypatch, articles)
    consumer.pause_partitions({articles})
    asyncio.run(consumer.perform_seek())  # faust's fetcher seeks when it finds the flow stopped
    app.flow_control.resume()
    consumer.resume_partitions({articles})
    assert articles not in consumer._get_active_partitions()


def test_partitions_of_other_topics_resume_at_once(monkeypatch):  # type: ignore[no-untyped-def]
    articles = TP("articles", 0)
    app, consumer = a_consumer_of(monkeypatch, articles)
    changelog = TP("resume-test-pairs-changelog", 0)
    monkeypatch.setattr(consumer, "_is_changelog_tp", lambda tp: tp == changelog)
    consumer.pause_partitions({articles, changelog})
    consumer.resume_partitions({changelog})
    assert changelog in consumer._get_active_partitions()


def test_a_commit_held_back_by_a_record_not_processed_is_logged_once(monkeypatch, caplog):  # type: ignore[no-untyped-def]
    articles = TP("articles", 0)
    app, consumer = a_consumer_of(monkeypatch, articles)
    consumer._committed_offset[articles] = 5
    consumer._acked[articles].extend([5, 6, 9, 10])
    consumer._gap[articles].addi(7, 10)  # the jump from 6 to 9 that faust took for markers
    consumer._records[articles].update(range(5, 11))
    assert consumer._new_offset(articles) == 7 and consumer._new_offset(articles) == 7
    held = [r.getMessage() for r in caplog.records if "held at offset 7" in r.getMessage()]
    assert len(held) == 1


def test_before_the_first_commit_the_warning_names_the_record_that_holds_the_commits(monkeypatch, caplog):  # type: ignore[no-untyped-def]
    articles = TP("articles", 0)
    app, consumer = a_consumer_of(monkeypatch, articles)
    consumer._acked[articles].extend([5, 6])  # 2 and 3 were fetched and thrown away at a rebalance
    consumer._records[articles].update([2, 3, 5, 6])
    assert consumer._new_offset(articles) is None
    assert [r.getMessage()[:42] for r in caplog.records if "held at" in r.getMessage()] == [
        "commits of articles[0] held at offset 2, w"]


def test_a_partition_without_a_commit_is_sought_back_to_its_start_and_one_with_a_commit_to_it(
        kafka_bootstrap: str, topic_prefix: str) -> None:
    catalogue = TopicCatalogue(topic_prefix, 2)
    topic, changelog = catalogue.articles_raw, catalogue.events_enriched  # the second stands for a changelog
    ensure_topics(kafka_bootstrap, [topic, changelog])
    uncommitted, committed = aiokafka.TopicPartition(topic.name, 0), aiokafka.TopicPartition(topic.name, 1)
    table = aiokafka.TopicPartition(changelog.name, 0)
    partitions = (uncommitted, committed, table)

    async def positions_after_the_seek(reset: str) -> dict[aiokafka.TopicPartition, int]:
        producer = aiokafka.AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
        await producer.start()
        try:
            for number in range(4):
                for tp in partitions:
                    await producer.send_and_wait(tp.topic, f"article {number}".encode(), partition=tp.partition)
        finally:
            await producer.stop()
        consumer = aiokafka.AIOKafkaConsumer(bootstrap_servers=kafka_bootstrap, group_id=f"{topic_prefix}{reset}",
                                             auto_offset_reset="earliest", enable_auto_commit=False)
        await consumer.start()
        try:
            consumer.assign(list(partitions))
            await consumer.commit({committed: 1})
            while not all([await consumer.position(tp) > 1 for tp in (uncommitted, table)]):
                await consumer.getmany(timeout_ms=1000)  # as faust reads before it throws a fetch away at a rebalance
            before = await consumer.position(table)
            await seek_to_committed_or_start(consumer, reset, lambda name: name == topic.name)
            assert await consumer.position(table) == before  # a changelog is left to faust's recovery
            return {tp: await consumer.position(tp) for tp in (uncommitted, committed)}
        finally:
            await consumer.stop()

    assert asyncio.run(positions_after_the_seek("earliest")) == {uncommitted: 0, committed: 1}
    assert asyncio.run(positions_after_the_seek("latest"))[committed] == 1


def test_the_active_partitions_of_a_fetch_are_read_when_it_hands_out_records_and_none_is_not_every_one():
    first, second = TP("articles", 0), TP("articles", 1)
    active = {first}
    view = ActiveOnly(active)
    active.clear()  # faust paused every partition while the fetch waited
    assert view and first not in view  # aiokafka hands out records of every partition for an empty set
    active.add(second)
    assert second in view


def test_a_fetch_under_way_leaves_the_records_of_paused_partitions_for_when_they_are_resumed(
        kafka_bootstrap: str, topic_prefix: str) -> None:
    topic = TopicCatalogue(topic_prefix, 2).articles_raw
    ensure_topics(kafka_bootstrap, [topic])
    changelog, stream = aiokafka.TopicPartition(topic.name, 0), aiokafka.TopicPartition(topic.name, 1)  # the first stands for a changelog
    thread: Any = ExactlyOnceApp("fetch-test", broker="kafka://localhost:9", processing_guarantee="exactly_once").consumer._thread

    async def fetch() -> tuple[Any, bool, int, Any]:
        producer = aiokafka.AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
        consumer = aiokafka.AIOKafkaConsumer(bootstrap_servers=kafka_bootstrap, auto_offset_reset="earliest",
                                             enable_auto_commit=False)
        await producer.start()
        await consumer.start()
        try:
            await producer.send_and_wait(stream.topic, b"article 0", partition=stream.partition)
            consumer.assign([changelog, stream])
            while stream not in consumer._fetcher._records:  # fetched, not handed out: the stream is paused
                await asyncio.sleep(0.05)
            active = {changelog}  # a table being restored
            under_way = asyncio.create_task(thread._fetch_records(consumer, active, timeout=3.0))
            await asyncio.sleep(0.2)
            active.clear()  # restored, without standby partitions: all paused while the streams are sought
            await producer.send_and_wait(changelog.topic, b"change", partition=changelog.partition)  # wakes the fetch
            handed_out = await under_way
            woken = changelog in consumer._fetcher._records  # its record came in, and was not handed out either
            position = await consumer.position(stream)
            active.add(stream)  # the stream is resumed after its seek
            later = await thread._fetch_records(consumer, active, timeout=3.0)
            return handed_out, woken, position, later
        finally:
            await consumer.stop()
            await producer.stop()

    handed_out, woken, position, later = asyncio.run(fetch())
    assert handed_out == {} and woken and position == 0
    assert [record.value for record in later[stream]] == [b"article 0"]


class MeetingTransaction:
    """A transactional producer whose commit ends only once every producer in `group` has begun its own."""

    def __init__(self, group: list["MeetingTransaction"], fails: bool = False) -> None:
        self.group, self.fails, self.begun, self.committed, self.flushed = group, fails, False, False, False
        self._message_accumulator = self
        group.append(self)

    async def flush_for_commit(self) -> None:
        self.flushed = True

    async def send_offsets_to_transaction(self, offsets: object, group_id: str) -> None:
        self.begun = True

    async def commit_transaction(self) -> None:
        async with asyncio.timeout(5):  # one commit after the other never gets there
            while not all(other.begun for other in self.group):
                await asyncio.sleep(0.01)
        if self.fails:
            raise RuntimeError("the broker refused")
        self.committed = True

    async def begin_transaction(self) -> None:
        pass


def commit_through_the_app(transactions: dict[str, MeetingTransaction], refused: BaseException | None = None) -> None:
    """Commit one offset in each of `transactions` through an exactly-once app's producer (after a
    message the broker `refused`, if given)."""
    producer: Any = ExactlyOnceApp("commit-test", broker="kafka://localhost:9", processing_guarantee="exactly_once").producer
    if refused is not None:
        delivery: asyncio.Future[None] = asyncio.new_event_loop().create_future()
        delivery.set_exception(refused)
        producer.note_delivery(delivery)

    async def commit() -> None:
        producer._transaction_producers = dict(transactions)
        producer._trn_locks = {tid: asyncio.Lock() for tid in transactions}
        await producer.commit_transactions({tid: {TP("articles", n): 5} for n, tid in enumerate(transactions)},
                                           "commit-test")

    asyncio.run(commit())


def test_the_transactions_of_all_input_partitions_are_committed_side_by_side() -> None:
    group: list[MeetingTransaction] = []
    transactions = {f"commit-test-1-{n}": MeetingTransaction(group) for n in range(8)}
    commit_through_the_app(transactions)
    assert all(t.committed for t in transactions.values())


def test_each_transactions_messages_are_sent_and_answered_before_it_is_committed() -> None:
    transactions = {f"commit-test-1-{n}": MeetingTransaction([]) for n in range(2)}
    for transaction in transactions.values():
        transaction.group = list(transactions.values())
    commit_through_the_app(transactions)
    assert all(t.flushed and t.committed for t in transactions.values())


def test_a_transaction_with_a_message_the_broker_refused_is_not_committed() -> None:
    group: list[MeetingTransaction] = []
    transactions = {"commit-test-1-0": MeetingTransaction(group)}
    with pytest.raises(DeliveryFailed, match="RecordTooLarge"):
        commit_through_the_app(transactions, refused=RuntimeError("RecordTooLarge"))
    assert not transactions["commit-test-1-0"].committed


def test_a_failed_commit_fails_the_whole_commit_after_the_others_are_done() -> None:
    group: list[MeetingTransaction] = []
    transactions = {"commit-test-1-0": MeetingTransaction(group, fails=True), "commit-test-1-1": MeetingTransaction(group)}
    with pytest.raises(RuntimeError, match="refused"):
        commit_through_the_app(transactions)
    assert transactions["commit-test-1-1"].committed


class HandedOver:
    """A table change whose channel hands it to the producer at once; the broker has not got it yet."""

    def __init__(self) -> None:
        self.published, self.callbacks = False, list[Any]()
        self.message = self
        self.channel = self

    async def publish_message(self, fut: object, wait: bool = True) -> None:
        assert fut is self and wait is False  # appended to the producer's batch, not waited for
        self.published = True

    def add_done_callback(self, callback: Any) -> None:
        self.callbacks.append(callback)


def test_a_table_change_counts_as_written_once_handed_to_the_producer_not_once_the_broker_has_it() -> None:
    producer: Any = ExactlyOnceApp("handover-test", broker="kafka://localhost:9", processing_guarantee="exactly_once").producer
    change = HandedOver()

    async def hand_over() -> None:
        producer.send_soon(change)
        assert change in producer.unwritten  # a commit now would wait for it
        await producer.buffer._send_pending(producer.buffer.pending.get_nowait())

    asyncio.run(hand_over())
    assert change.published and change not in producer.unwritten
    assert change.callbacks  # and the broker's answer would count too, for a producer that hands over unseen


class RefusedOnHandOver(HandedOver):
    async def publish_message(self, fut: object, wait: bool = True) -> None:
        raise RuntimeError("no transaction producer for this partition")


def test_a_table_change_the_producer_refused_fails_the_next_commit_instead_of_holding_it() -> None:
    producer: Any = ExactlyOnceApp("handover-test", broker="kafka://localhost:9", processing_guarantee="exactly_once").producer
    change = RefusedOnHandOver()

    async def hand_over() -> None:
        producer.send_soon(change)
        with pytest.raises(RuntimeError, match="no transaction producer"):
            await producer.buffer._send_pending(producer.buffer.pending.get_nowait())
        with pytest.raises(DeliveryFailed, match="no transaction producer"):
            await producer.commit_transactions({}, "handover-test")

    asyncio.run(hand_over())
    assert change not in producer.unwritten
