"""kafka-python clients set up the demarche way: topics from the catalogue, idempotent producing."""

import time
from dataclasses import dataclass
from typing import Iterator

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic
from kafka.errors import KafkaError, KafkaTimeoutError, TopicAlreadyExistsError

from pipeline.topics import TopicSpec

__all__ = ["BrokerUnreachable", "TopicInfo", "describe_topics", "ensure_topics", "existing_topics",
           "make_producer", "read_topic", "wait_for_broker"]

BOOTSTRAP_TIMEOUT_MS = 5000


class BrokerUnreachable(RuntimeError):
    """No broker answered at the configured bootstrap servers."""


def _admin(bootstrap: str) -> KafkaAdminClient:
    try:
        return KafkaAdminClient(bootstrap_servers=bootstrap, client_id="demarche-admin",
                                request_timeout_ms=15000, bootstrap_timeout_ms=BOOTSTRAP_TIMEOUT_MS)
    except KafkaTimeoutError:
        raise BrokerUnreachable(f"no Kafka broker answers at {bootstrap}; start one with `demarche broker start`") from None


def existing_topics(bootstrap: str) -> set[str]:
    admin = _admin(bootstrap)
    try:
        return set(admin.list_topics())
    finally:
        admin.close()


@dataclass
class TopicInfo:
    """A topic's partitions, end offsets (messages written so far) and each group's lag."""

    name: str
    partitions: int
    end_offsets: dict[int, int]
    group_lag: dict[str, int]

    @property
    def messages(self) -> int:
        return sum(self.end_offsets.values())


def describe_topics(bootstrap: str, names: list[str]) -> list[TopicInfo]:
    """Partitions, offsets and the lag of every consumer group that committed offsets on the topics."""
    admin = _admin(bootstrap)
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, bootstrap_timeout_ms=BOOTSTRAP_TIMEOUT_MS)
    try:
        infos = []
        groups = [g["group_id"] for g in admin.list_groups() if g.get("protocol_type") == "consumer"]
        committed = admin.list_group_offsets(groups) if groups else {}
        for name in names:
            partitions = consumer.partitions_for_topic(name) or set()
            tps = [TopicPartition(name, p) for p in sorted(partitions)]
            ends = {tp.partition: offset for tp, offset in consumer.end_offsets(tps).items()} if tps else {}
            lag = {}
            for group, offsets in committed.items():
                mine = {tp: meta.offset for tp, meta in offsets.items() if tp.topic == name}
                if mine:
                    lag[group] = sum(max(ends.get(tp.partition, 0) - offset, 0) for tp, offset in mine.items())
            infos.append(TopicInfo(name, len(partitions), ends, lag))
        return infos
    finally:
        consumer.close()
        admin.close()


def ensure_topics(bootstrap: str, specs: list[TopicSpec]) -> list[str]:
    """Create the topics that do not exist yet; returns the names created."""
    admin = _admin(bootstrap)
    try:
        existing = set(admin.list_topics())
        missing = [NewTopic(s.name, num_partitions=s.partitions, replication_factor=1)
                   for s in specs if s.name not in existing]
        created = []
        for topic in missing:
            try:
                admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                continue
        return created
    finally:
        admin.close()


def make_producer(bootstrap: str, timeout: float = 120.0) -> KafkaProducer:
    """An idempotent producer; `timeout` bounds how long a send may block or wait for delivery."""
    try:
        return KafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True,
                             linger_ms=5, retries=5, bootstrap_timeout_ms=BOOTSTRAP_TIMEOUT_MS,
                             max_block_ms=int(min(timeout, 60.0) * 1000),
                             request_timeout_ms=int(min(timeout / 2, 30.0) * 1000),
                             delivery_timeout_ms=int(timeout * 1000))
    except KafkaTimeoutError:
        raise BrokerUnreachable(f"no Kafka broker answers at {bootstrap}; start one with `demarche broker start`") from None


def read_topic(bootstrap: str, topic: str, group: str | None = None, from_beginning: bool = True,
               timeout: float | None = 10.0, max_messages: int | None = None) -> Iterator[tuple[bytes | None, bytes]]:
    """(key, value) pairs of a topic; stops after `timeout` seconds without a message (None: never)."""
    try:
        consumer = KafkaConsumer(
            topic, bootstrap_servers=bootstrap, group_id=group,
            auto_offset_reset="earliest" if from_beginning else "latest",
            enable_auto_commit=group is not None,
            isolation_level="read_committed",  # output of unfinished or aborted transactions is never shown
            consumer_timeout_ms=int(timeout * 1000) if timeout is not None else float("inf"),
            bootstrap_timeout_ms=BOOTSTRAP_TIMEOUT_MS,
        )
    except KafkaTimeoutError:
        raise BrokerUnreachable(f"no Kafka broker answers at {bootstrap}; start one with `demarche broker start`") from None
    count = 0
    try:
        for message in consumer:
            yield message.key, message.value
            count += 1
            if max_messages is not None and count >= max_messages:
                return
    except KafkaError as error:
        raise BrokerUnreachable(str(error)) from None
    finally:
        consumer.close()


def wait_for_broker(bootstrap: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            _admin(bootstrap).close()
            return
        except BrokerUnreachable:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
