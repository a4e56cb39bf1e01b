"""The partition of an output topic beside an input partition: the one with the same number.

With exactly-once, each input partition has its own transaction. A stage that sends an event's output
to the partition its key hashes to writes, in every transaction, to nearly every partition of every
output topic: each one is added to the transaction in a request of its own, gets its own small
batches, and a marker at each commit. Sent beside its input, the output of one transaction goes to
one partition of each topic."""

from typing import Iterable, Mapping

from pipeline.kafka.clients import Cluster, consumer_for

__all__ = ["partition_beside", "partition_counts"]


def partition_counts(cluster: Cluster, names: Iterable[str]) -> dict[str, int]:
    """The number of partitions of each of the topics that exists (blocking: kafka-python)."""
    consumer = consumer_for(cluster)
    try:
        return {name: len(partitions) for name in names if (partitions := consumer.partitions_for_topic(name))}
    finally:
        consumer.close()


def partition_beside(counts: Mapping[str, int], topic: str, source: int) -> int | None:
    """`source` if `topic` has a partition of that number, else None (the message's key decides)."""
    return source if source < counts.get(topic, 0) else None
