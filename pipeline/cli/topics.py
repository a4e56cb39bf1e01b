"""`demarche topics list|create|describe`: the topics, their partitions, offsets and consumer lag."""

import argparse
import sys

from pipeline.cli.consume import resolve_topic
from pipeline.kafka.clients import describe_topics, ensure_topics, existing_topics
from pipeline.settings import Settings
from pipeline.topics import TopicCatalogue

__all__ = ["add_parser"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("topics", help="list, create or describe demarche's topics")
    parser.add_argument("action", choices=["list", "create", "describe"])
    parser.add_argument("topic", nargs="?", help="with describe: one topic (default: all of demarche's)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    catalogue = TopicCatalogue(settings.topic_prefix, settings.topic_partitions)
    bootstrap = settings.kafka
    if args.action == "create":
        created = ensure_topics(bootstrap, catalogue.all(), settings.topic_replication_factor)
        print(f"created {len(created)} topics" + (": " + ", ".join(created) if created else " (all existed)"))
        return 0
    existing = existing_topics(bootstrap)
    if args.action == "list":
        for spec in catalogue.all():
            state = "" if spec.name in existing else "  (not created yet: demarche topics create)"
            print(f"{spec.name:32} key {spec.key:10} {spec.description}{state}")
        return 0
    names = [resolve_topic(args.topic, settings)] if args.topic else [s.name for s in catalogue.all() if s.name in existing]
    missing = [n for n in names if n not in existing]
    if missing:
        print(f"demarche topics: unknown topic {missing[0]!r} (see `demarche topics list`)", file=sys.stderr)
        return 2
    print(f"{'topic':32} {'partitions':>10} {'messages':>9}  consumer groups (lag)")
    for info in describe_topics(bootstrap, names):
        groups = ", ".join(f"{g} ({lag})" for g, lag in sorted(info.group_lag.items())) or "-"
        print(f"{info.name:32} {info.partitions:>10} {info.messages:>9}  {groups}")
    return 0
