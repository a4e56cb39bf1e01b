"""kafka-python clients set up the demarche way: topics from the catalogue, idempotent producing."""

import time
from dataclasses import dataclass
from typing import Any, Iterator

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from pipeline.kafka.errors import BrokerRefused, BrokerUnreachable, diagnosed, explain
from pipeline.kafka.security import KafkaConnection, as_connection
from pipeline.topics import TopicSpec

__all__ = ["BrokerRefused", "BrokerUnreachable", "Cluster", "TopicInfo", "consumer_for", "describe_topics",
           "ensure_topics", "existing_topics", "make_producer", "read_topic", "wait_for_broker"]

BOOTSTRAP_TIMEOUT_MS = 5000
Cluster = KafkaConnection | str  # a bare "host:port" string is a plaintext cluster


def _options(connection: KafkaConnection) -> dict[str, Any]:
    return dict(bootstrap_servers=connection.servers, bootstrap_timeout_ms=BOOTSTRAP_TIMEOUT_MS,
                **connection.kafka_python_options())


def _admin(cluster: Cluster) -> KafkaAdminClient:
    connection = as_connection(cluster)
    with diagnosed(connection):
        return KafkaAdminClient(client_id="demarche-admin", request_timeout_ms=15000, **_options(connection))


def consumer_for(cluster: Cluster, *topics: str, **options: Any) -> KafkaConsumer:
    connection = as_connection(cluster)
    with diagnosed(connection):
        return KafkaConsumer(*topics, **_options(connection), **options)


def existing_topics(cluster: Cluster) -> set[str]:
    admin = _admin(cluster)
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


def describe_topics(cluster: Cluster, names: list[str]) -> list[TopicInfo]:
    """Partitions, offsets and the lag of every consumer group that committed offsets on the topics."""
    admin = _admin(cluster)
    consumer = consumer_for(cluster)
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


def ensure_topics(cluster: Cluster, specs: list[TopicSpec], replication_factor: int = 1) -> list[str]:
    """Create the topics that do not exist yet, with that many replicas; returns the names created."""
    admin = _admin(cluster)
    try:
        existing = set(admin.list_topics())
        missing = [NewTopic(s.name, num_partitions=s.partitions, replication_factor=replication_factor)
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


def make_producer(cluster: Cluster, timeout: float = 120.0) -> KafkaProducer:
    """An idempotent producer; `timeout` bounds how long a send may block or wait for delivery."""
    connection = as_connection(cluster)
    with diagnosed(connection):
        return KafkaProducer(acks="all", enable_idempotence=True, linger_ms=5, retries=5,
                             max_block_ms=int(min(timeout, 60.0) * 1000),
                             request_timeout_ms=int(min(timeout / 2, 30.0) * 1000),
                             delivery_timeout_ms=int(timeout * 1000), **_options(connection))


def read_topic(cluster: Cluster, topic: str, group: str | None = None, from_beginning: bool = True,
               timeout: float | None = 10.0, max_messages: int | None = None) -> Iterator[tuple[bytes | None, bytes]]:
    """(key, value) pairs of a topic; stops after `timeout` seconds without a message (None: never)."""
    consumer = consumer_for(
        cluster, topic, group_id=group, auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=group is not None,
        isolation_level="read_committed",  # output of unfinished or aborted transactions is never shown
        consumer_timeout_ms=int(timeout * 1000) if timeout is not None else float("inf"),
    )
    count = 0
    try:
        for message in consumer:
            yield message.key, message.value
            count += 1
            if max_messages is not None and count >= max_messages:
                return
    except KafkaError as error:
        raise explain(as_connection(cluster), error) from None
    finally:
        consumer.close()


def wait_for_broker(cluster: Cluster, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            _admin(cluster).close()
            return
        except BrokerRefused:
            raise
        except BrokerUnreachable:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
