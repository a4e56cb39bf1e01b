"""`demarche consume TOPIC`: print the messages of a topic, one per line."""

import argparse
import sys

from pipeline.kafka.clients import read_topic
from pipeline.settings import Settings
from pipeline.topics import TopicCatalogue

__all__ = ["add_parser", "resolve_topic"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("consume", help="print the messages of a topic (e.g. events.enriched, alerts)")
    parser.add_argument("topic", help="a topic name; the configured prefix is added when missing")
    parser.add_argument("--group", help="consumer group id (commits offsets); none by default")
    parser.add_argument("--from-beginning", action="store_true", help="start at the oldest message")
    parser.add_argument("--follow", action="store_true", help="keep waiting for new messages")
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="stop after this many seconds without a message (default 10)")
    parser.add_argument("--max-messages", type=int, help="stop after this many messages")
    parser.set_defaults(run=run)


def resolve_topic(name: str, settings: Settings) -> str:
    catalogue = TopicCatalogue(settings.topic_prefix, settings.topic_partitions)
    if catalogue.by_name(name) is None and catalogue.by_name(settings.topic_prefix + name) is not None:
        return settings.topic_prefix + name
    return name


def run(args: argparse.Namespace, settings: Settings) -> int:
    topic = resolve_topic(args.topic, settings)
    timeout = None if args.follow else args.timeout
    for _key, value in read_topic(settings.bootstrap_servers, topic, args.group, args.from_beginning or not args.group,
                                  timeout, args.max_messages):
        sys.stdout.write(value.decode("utf-8", "replace") + "\n")
        sys.stdout.flush()
    return 0
