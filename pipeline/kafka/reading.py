"""Reading a topic as records (key, value, partition, offset, timestamp, headers) with the Kafka
console consumer's rules: without --from-beginning a reader starts at the end, with or without a group."""

import logging
import time
from dataclasses import dataclass, field
from typing import Any, Iterator

from kafka import ConsumerRebalanceListener, KafkaConsumer, OffsetAndMetadata, TopicPartition
from kafka.errors import CommitFailedError, IllegalStateError, KafkaError

from pipeline.kafka.clients import Cluster, consumer_for
from pipeline.kafka.errors import explain
from pipeline.kafka.security import as_connection

__all__ = ["ConsumedRecord", "read_records"]

log = logging.getLogger(__name__)

JOIN_TIMEOUT = 60.0  # seconds a group reader may take to be given its partitions
COMMIT_INTERVAL = 5.0  # seconds between a group reader's commits, as the console consumer's auto-commit


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


class _GroupOffsets(ConsumerRebalanceListener):
    """Where a group's next reader is to start on each partition this reader holds: past the records
    the caller has taken and come back for more from, and before those fetched but not handed out
    (after `max_messages`, or when the caller stops), which the next reader then gets. Committed like
    the console consumer's auto-commit, for every partition held. With --from-beginning each partition
    starts at its oldest message, once."""

    def __init__(self, consumer: KafkaConsumer, from_beginning: bool) -> None:
        self.consumer = consumer
        self.from_beginning = from_beginning
        self.seeked: set[TopicPartition] = set()
        self.next_offsets: dict[TopicPartition, int] = {}  # partitions of the records fetched so far
        self.committed_at = time.monotonic()

    def fetched(self, batch: dict[TopicPartition, list[Any]]) -> None:
        for tp, records in batch.items():
            if records:
                self.next_offsets[tp] = records[0].offset

    def took(self, record: ConsumedRecord) -> None:
        self.next_offsets[TopicPartition(record.topic, record.partition)] = record.offset + 1

    def commit(self) -> None:
        """Commit where to start; what cannot be committed is read again by the group's next reader."""
        self.committed_at = time.monotonic()
        try:
            offsets = {}
            for tp in self.consumer.assignment():
                offset = self.next_offsets.get(tp)
                offsets[tp] = OffsetAndMetadata(self.consumer.position(tp) if offset is None else offset, "", -1)
            if offsets:
                self.consumer.commit(offsets)
        except (CommitFailedError, IllegalStateError):  # the partitions went to another reader meanwhile
            pass
        except KafkaError as error:
            log.warning("could not commit the group's offsets, will try again: %s", error)

    def on_partitions_revoked(self, revoked: Any) -> None:
        # no commit here: kafka-python runs this on its I/O thread, where a blocking commit is refused;
        # the new holder starts at the last commit, at most COMMIT_INTERVAL behind
        for tp in revoked:
            self.next_offsets.pop(tp, None)

    def on_partitions_assigned(self, assigned: Any) -> None:
        fresh = [tp for tp in assigned if tp not in self.seeked]
        if self.from_beginning and fresh:
            self.consumer.seek_to_beginning(*fresh)
        self.seeked.update(fresh)


def _consumer(cluster: Cluster, group: str | None, reset: str) -> KafkaConsumer:
    return consumer_for(cluster, group_id=group, enable_auto_commit=False, auto_offset_reset=reset)


def _start(consumer: KafkaConsumer, topic: str, group: str | None, from_beginning: bool) -> _GroupOffsets | None:
    if group is not None:
        offsets = _GroupOffsets(consumer, from_beginning)
        consumer.subscribe([topic], listener=offsets)
        return offsets
    partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
    consumer.assign(partitions)
    if from_beginning:
        consumer.seek_to_beginning(*partitions)
    else:
        consumer.seek_to_end(*partitions)
    return None


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
    its committed offsets (`reset` where it has none) and commits, every few seconds and at the end,
    the records the caller has taken; `from_beginning` rereads from the oldest."""
    if max_messages is not None and max_messages <= 0:
        return
    consumer = _consumer(cluster, group, reset)
    count = 0
    group_offsets = None
    try:
        group_offsets = _start(consumer, topic, group, from_beginning)
        ends: dict[TopicPartition, int] = {}
        idle_since = started = time.monotonic()
        while True:
            if group is not None and not consumer.assignment() and time.monotonic() - started < JOIN_TIMEOUT:
                idle_since = time.monotonic()  # joining the group is not waiting for messages
            if until_end and _caught_up(consumer, ends):
                return
            left = None if max_messages is None else max_messages - count
            batch = consumer.poll(timeout_ms=200, max_records=left)
            if group_offsets is not None:
                group_offsets.fetched(batch)
            for messages in batch.values():
                for message in messages:
                    record = ConsumedRecord(message.topic, message.partition, message.offset, message.timestamp,
                                            message.key, message.value, list(message.headers or []))
                    yield record
                    if group_offsets is not None:
                        group_offsets.took(record)
                    idle_since = time.monotonic()
                    count += 1
                    if max_messages is not None and count >= max_messages:
                        return
            if timeout is not None and time.monotonic() - idle_since > timeout:
                return
            if group_offsets is not None and time.monotonic() - group_offsets.committed_at > COMMIT_INTERVAL:
                group_offsets.commit()
    except KafkaError as error:
        raise explain(as_connection(cluster), error) from None
    finally:
        try:
            if group_offsets is not None:
                group_offsets.commit()
        finally:
            consumer.close()
