"""kafka-python clients set up the demarche way: topics from the catalogue, idempotent producing."""

import time
from typing import Iterator

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic
from kafka.errors import KafkaError, KafkaTimeoutError, TopicAlreadyExistsError

from pipeline.topics import TopicSpec

__all__ = ["BrokerUnreachable", "ensure_topics", "make_producer", "read_topic", "wait_for_broker"]

BOOTSTRAP_TIMEOUT_MS = 5000


class BrokerUnreachable(RuntimeError):
    """No broker answered at the configured bootstrap servers."""


def _admin(bootstrap: str) -> KafkaAdminClient:
    try:
        return KafkaAdminClient(bootstrap_servers=bootstrap, client_id="demarche-admin",
                                request_timeout_ms=15000, bootstrap_timeout_ms=BOOTSTRAP_TIMEOUT_MS)
    except KafkaTimeoutError:
        raise BrokerUnreachable(f"no Kafka broker answers at {bootstrap}; start one with `demarche broker start`") from None


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


def make_producer(bootstrap: str) -> KafkaProducer:
    try:
        return KafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True,
                             linger_ms=5, retries=5, bootstrap_timeout_ms=BOOTSTRAP_TIMEOUT_MS)
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
