"""Resetting a consumer group's committed offsets, to replay topics from a point in time."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kafka import TopicPartition
from kafka.admin import OffsetSpec, OffsetTimestamp

from pipeline.kafka.clients import _admin

__all__ = ["GroupIsActive", "OffsetReset", "reset_offsets"]


class GroupIsActive(RuntimeError):
    """The group has running members; Kafka lets only an idle group's offsets be changed."""


@dataclass(frozen=True)
class OffsetReset:
    """A partition's committed offset before and after the reset."""

    partition: TopicPartition
    before: int | None
    after: int


def _topic_partitions(admin: Any, topics: list[str]) -> set[TopicPartition]:
    found = set()
    for topic in admin.describe_topics(topics):
        name = topic.get("topic") or topic.get("name")
        for partition in topic.get("partitions", []):
            found.add(TopicPartition(name, partition.get("partition", partition.get("partition_index"))))
    return found


def reset_offsets(bootstrap: str, group: str, to: str | datetime, topics: list[str] | None = None) -> list[OffsetReset]:
    """Move `group` to the "earliest" or "latest" offsets, or to the first message at or after a time,
    on the given topics, or else on every topic the group has committed offsets on."""
    admin = _admin(bootstrap)
    try:
        members = admin.describe_groups([group]).get(group, {}).get("members") or []
        if members:
            raise GroupIsActive(f"consumer group {group!r} has {len(members)} running member(s); "
                                "stop them (the worker, a consumer) before resetting its offsets")
        committed = admin.list_group_offsets({group: None}).get(group, {})
        partitions = _topic_partitions(admin, topics) if topics else set(committed)
        spec: Any = OffsetSpec.EARLIEST if to == "earliest" else OffsetSpec.LATEST if to == "latest" else None
        if isinstance(to, datetime):
            spec = OffsetTimestamp(int(to.timestamp() * 1000))
        if not partitions:
            return []
        result = admin.reset_group_offsets(group, {tp: spec for tp in partitions})
        return [OffsetReset(tp, committed[tp].offset if tp in committed else None, result[tp]["offset"])
                for tp in sorted(result)]
    finally:
        admin.close()
