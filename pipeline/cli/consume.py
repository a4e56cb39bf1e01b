"""`demarche consume TOPIC`: print the messages of a topic, as JSON or readable lines."""

import argparse
import json
import sys

from pipeline.cli.formatting import format_message
from pipeline.kafka.clients import existing_topics, read_topic
from pipeline.settings import Settings
from pipeline.topics import TopicCatalogue

__all__ = ["add_parser", "resolve_topic", "message_matches"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("consume", help="print the messages of a topic (e.g. events.enriched, alerts)")
    parser.add_argument("topic", help="a topic name; the configured prefix is added when missing")
    parser.add_argument("--group", help="consumer group id: resume where the group stopped, and commit")
    parser.add_argument("--from-beginning", action="store_true", help="start at the oldest message")
    parser.add_argument("--follow", action="store_true", help="keep waiting for new messages")
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="stop after this many seconds without a message (default 10)")
    parser.add_argument("--max-messages", type=int, help="stop after this many messages")
    parser.add_argument("--format", choices=["json", "pretty"], default="json",
                        help="json: the message as it is (default); pretty: events and alerts as readable lines")
    parser.add_argument("--type", dest="event_type", help="only events (or alerts about events) of this type")
    parser.add_argument("--country", help="only events (or alerts) involving this ISO3 or organisation code")
    parser.set_defaults(run=run)


def resolve_topic(name: str, settings: Settings) -> str:
    catalogue = TopicCatalogue(settings.topic_prefix, settings.topic_partitions)
    if catalogue.by_name(name) is None and catalogue.by_name(settings.topic_prefix + name) is not None:
        return settings.topic_prefix + name
    return name


def message_matches(raw: bytes, event_type: str | None, country: str | None) -> bool:
    """Filters on the event in a message (an event, or an alert's event); other messages pass only unfiltered."""
    if not event_type and not country:
        return True
    try:
        payload = json.loads(raw)
    except ValueError:
        return False
    event = payload.get("event", payload) if isinstance(payload, dict) else {}
    if event_type and str(event.get("event_type", "")).upper() != event_type.upper():
        return False
    if country:
        codes = {a.get("country") or a.get("code") for a in event.get("source", []) + event.get("target", [])}
        if country.upper() not in codes:
            return False
    return True


def run(args: argparse.Namespace, settings: Settings) -> int:
    topic = resolve_topic(args.topic, settings)
    if topic not in existing_topics(settings.kafka):
        print(f"demarche consume: unknown topic {topic!r} (see `demarche topics list`)", file=sys.stderr)
        return 2
    timeout = None if args.follow else args.timeout
    from_beginning = args.from_beginning or not args.group
    for _key, value in read_topic(settings.kafka, topic, args.group, from_beginning, timeout,
                                  args.max_messages):
        if not message_matches(value, args.event_type, args.country):
            continue
        line = format_message(value) if args.format == "pretty" else value.decode("utf-8", "replace")
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    return 0
