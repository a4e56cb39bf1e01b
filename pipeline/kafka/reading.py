"""Reading a topic as records (key, value, partition, offset, timestamp, headers) with the Kafka
console consumer's rules: without --from-beginning a reader starts at the end, with or without a group."""

import time
from dataclasses import dataclass, field
from typing import Any, Iterator

from kafka import ConsumerRebalanceListener, KafkaConsumer, TopicPartition
from kafka.errors import IllegalStateError, KafkaError

from pipeline.kafka.clients import Cluster, consumer_for
from pipeline.kafka.errors import explain
from pipeline.kafka.security import as_connection

__all__ = ["ConsumedRecord", "read_records"]

JOIN_TIMEOUT = 60.0  # seconds a group reader may take to be given its partitions


@dataclass(frozen=True)
class ConsumedRecord:
    """One message as read from a topic; `timestamp` is in milliseconds since the epoch."""

    topic: str
    partition: int
    offset: int
    timestamp: int
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]] = field(default_factory=list)


class _SeekToBeginningOnce(ConsumerRebalanceListener):
    """With a group and --from-beginning: each partition starts at its oldest message, once."""

    def __init__(self, consumer: KafkaConsumer) -> None:
        self.consumer = consumer
        self.seeked: set[TopicPartition] = set()

    def on_partitions_revoked(self, revoked: Any) -> None:
        return None

    def on_partitions_assigned(self, assigned: Any) -> None:
        fresh = [tp for tp in assigned if tp not in self.seeked]
        if fresh:
            self.consumer.seek_to_beginning(*fresh)
            self.seeked.update(fresh)


def _consumer(cluster: Cluster, group: str | None, reset: str) -> KafkaConsumer:
    return consumer_for(cluster, group_id=group, enable_auto_commit=group is not None, auto_offset_reset=reset)


def _start(consumer: KafkaConsumer, topic: str, group: str | None, from_beginning: bool) -> None:
    if group is not None:
        if from_beginning:
            consumer.subscribe([topic], listener=_SeekToBeginningOnce(consumer))
        else:
            consumer.subscribe([topic])
        return
    partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
    consumer.assign(partitions)
    if from_beginning:
        consumer.seek_to_beginning(*partitions)
    else:
        consumer.seek_to_end(*partitions)


def _rewind(consumer: KafkaConsumer, untaken: dict[TopicPartition, int]) -> None:
    """Positions moved back to the records fetched and not taken, so that the group's commit leaves them."""
    for tp, offset in untaken.items():
        try:
            consumer.seek(tp, offset)
        except ValueError:  # "Unassigned partition": no longer this reader's partition
            continue


def _caught_up(consumer: KafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    """Whether every partition the reader holds now is read up to its end when first held (kept in `ends`)."""
    assigned = list(consumer.assignment())
    if not assigned:
        return False
    missing = [tp for tp in assigned if tp not in ends]
    if missing:
        ends.update(consumer.end_offsets(missing))
    try:
        positions = [consumer.position(tp) for tp in assigned]
    except IllegalStateError:  # a rebalance took a partition away meanwhile
        return False
    return all(position is not None and position >= ends[tp] for tp, position in zip(assigned, positions))


def read_records(cluster: Cluster, topic: str, group: str | None = None, from_beginning: bool = False,
                 timeout: float | None = 10.0, max_messages: int | None = None, until_end: bool = False,
                 reset: str = "latest") -> Iterator[ConsumedRecord]:
    """The records of a topic, in order per partition.

    Stops after `max_messages`, after `timeout` seconds without a message (None: never; the time a
    group takes to hand out its partitions does not count), or, with
    `until_end`, once it has read what its partitions held when it got them. A group resumes at
    its committed offsets (`reset` where it has none) and commits, as the console consumer does, but
    only past the records the caller has taken and come back for more from: a record fetched and not
    handed out (after `max_messages`, or when the caller stops) goes to the group's next reader;
    `from_beginning` rereads from the oldest."""
    if max_messages is not None and max_messages <= 0:
        return
    consumer = _consumer(cluster, group, reset)
    count = 0
    untaken: dict[TopicPartition, int] = {}  # the first record of the last poll not yet taken, by partition
    try:
        _start(consumer, topic, group, from_beginning)
        ends: dict[TopicPartition, int] = {}
        idle_since = started = time.monotonic()
        while True:
            if group is not None and not consumer.assignment() and time.monotonic() - started < JOIN_TIMEOUT:
                idle_since = time.monotonic()  # joining the group is not waiting for messages
            if until_end and _caught_up(consumer, ends):
                return
            # never more than are wanted: a poll moves the position (what auto-commit commits) past all it returns
            batch = consumer.poll(timeout_ms=200, max_records=None if max_messages is None else max_messages - count)
            untaken = {tp: messages[0].offset for tp, messages in batch.items() if messages}
            for tp, messages in batch.items():
                for message in messages:
                    yield ConsumedRecord(message.topic, message.partition, message.offset, message.timestamp,
                                         message.key, message.value, list(message.headers or []))
                    untaken[tp] = message.offset + 1
                    idle_since = time.monotonic()
                    count += 1
                    if max_messages is not None and count >= max_messages:
                        return
            if timeout is not None and time.monotonic() - idle_since > timeout:
                return
    except KafkaError as error:
        raise explain(as_connection(cluster), error) from None
    finally:
        if group is not None:
            _rewind(consumer, untaken)
        consumer.close()  # with a group, commits the positions (auto-commit's last commit)
