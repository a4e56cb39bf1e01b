import asyncio
from types import SimpleNamespace

from aiokafka import ConsumerRecord

from faust.types import TP
from faust.types.tuples import ConsumerMessage

from mode.utils.queues import FlowControlQueue

from pipeline.kafka.exactly_once import ExactlyOnceApp, next_commit


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


def a_consumer_reading(monkeypatch, *partitions: TP):  # type: ignore[no-untyped-def]
    """The consumer of an exactly-once app, assigned `partitions`, its seeks written down instead of sent."""
    app = ExactlyOnceApp("reread-test", broker="kafka://localhost:9", processing_guarantee="exactly_once")
    for tp in partitions:
        app.topics.acking_topics.add(tp.topic)
    consumer = app.consumer
    seeks: list[tuple[TP, int]] = []
    monkeypatch.setattr(consumer, "assignment", lambda: set(partitions))
    monkeypatch.setattr(consumer._thread, "seek", lambda tp, offset: seeks.append((tp, offset)))
    consumer._set_active_tps(set(partitions))
    consumer.resume_flow()
    return app, consumer, seeks


def message(topic: str, partition: int, offset: int) -> ConsumerMessage:
    return ConsumerMessage(topic, partition, offset, 0.0, 0, [], b"k", b"v", None)


def test_messages_thrown_away_from_the_stream_buffers_are_read_again_from_the_first_of_each_partition(monkeypatch):  # type: ignore[no-untyped-def]
    app, consumer, seeks = a_consumer_reading(monkeypatch, TP("things", 0), TP("things", 1))
    consumer.read_again([message("things", 0, 28), message("things", 0, 29), message("things", 1, 40)])
    assert sorted(seeks) == [(TP("things", 0), 28), (TP("things", 1), 40)]
    assert consumer._read_offset[TP("things", 0)] == 28


def test_nothing_is_read_again_during_a_rebalance_or_for_a_partition_no_longer_assigned(monkeypatch):  # type: ignore[no-untyped-def]
    app, consumer, seeks = a_consumer_reading(monkeypatch, TP("things", 0))
    consumer.read_again([message("things", 3, 7)])
    consumer.stop_flow()  # a rebalance: its recovery seeks every partition to the committed offsets
    consumer.read_again([message("things", 0, 7)])
    assert seeks == []


def test_clearing_the_stream_buffers_hands_what_they_held_to_the_consumer(monkeypatch):  # type: ignore[no-untyped-def]
    app, consumer, seeks = a_consumer_reading(monkeypatch, TP("things", 0))
    queue = FlowControlQueue(flow_control=app.flow_control, clear_on_resume=True)
    queue.put_nowait(SimpleNamespace(message=message("things", 0, 12)))
    app.flow_control.resume()  # faust's resume clears the buffers
    assert queue.empty() and seeks == [(TP("things", 0), 12)]


def test_a_fetch_under_way_stops_at_a_seek_and_the_read_offset_stays_where_the_seek_put_it(monkeypatch):  # type: ignore[no-untyped-def]
    tp = TP("things", 0)
    app, consumer, seeks = a_consumer_reading(monkeypatch, tp)
    records = [ConsumerRecord("things", 0, offset, 0, 0, b"k", b"v", None, 1, 1, []) for offset in range(25, 31)]

    async def fetched(active_partitions, timeout):  # type: ignore[no-untyped-def]
        return {tp: records}

    async def position(tp: TP) -> int:
        return seeks[-1][1] if seeks else 31

    monkeypatch.setattr(consumer, "_getmany", fetched)
    monkeypatch.setattr(consumer, "highwater", lambda tp: 31)
    monkeypatch.setattr(consumer._thread, "position", position)

    async def drain() -> list[int]:
        handed_out = []
        async for _tp, message in consumer.getmany(timeout=0.1):
            handed_out.append(message.offset)
            if message.offset == 27:  # while 27 is delivered, the buffers holding 26 and 27 are cleared
                consumer.read_again([message_at_26, message])
            consumer._read_offset[tp] = message.offset  # as faust's drain loop does once it is delivered
        return handed_out

    message_at_26 = message("things", 0, 26)
    assert asyncio.run(drain()) == [25, 26, 27]
    assert seeks == [(tp, 26)] and consumer._read_offset[tp] == 26
