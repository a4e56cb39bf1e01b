"""An output goes to the partition beside its input when the output topic has one of that number."""

from pipeline.kafka.partitions import partition_beside

COUNTS = {"events.enriched": 4, "alerts": 2}


def test_an_output_goes_to_the_partition_with_its_inputs_number() -> None:
    assert [partition_beside(COUNTS, "events.enriched", source) for source in range(4)] == [0, 1, 2, 3]


def test_a_topic_with_fewer_partitions_leaves_the_higher_numbers_to_the_key() -> None:
    assert [partition_beside(COUNTS, "alerts", source) for source in range(4)] == [0, 1, None, None]


def test_a_topic_whose_partitions_are_unknown_leaves_every_message_to_the_key() -> None:
    assert partition_beside(COUNTS, "events.meet", 0) is None
