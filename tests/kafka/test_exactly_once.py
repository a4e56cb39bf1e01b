from faust.types import TP
from faust.types.tuples import ConsumerMessage

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
