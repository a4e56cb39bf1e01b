"""`demarche consume TOPIC`: print the messages of a topic, as JSON, readable lines or a kcat-style format."""

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.settings import Settings

__all__ = ["add_parser", "resolve_topic", "message_matches"]

FORMAT_HELP = ("json: each message as it is (default); pretty: events and alerts as readable lines; or a format "
               "in the manner of kcat -f: %%t topic, %%p partition, %%o offset, %%k key, %%s value, %%S value size, "
               "%%T timestamp (ms), %%h headers, \\t and \\n, e.g. '%%p:%%o %%k %%s'")


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("consume", help="print the messages of a topic (e.g. events.enriched, alerts)")
    parser.add_argument("topic", help="a topic name; the configured prefix is added when missing")
    parser.add_argument("--group", help="consumer group id: resume where the group stopped, and commit")
    parser.add_argument("--from-beginning", action="store_true",
                        help="start at the oldest message, with or without a group (default: only new messages, "
                             "or where the group stopped)")
    parser.add_argument("--follow", action="store_true", help="keep waiting for new messages")
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="stop after this many seconds without a message (default 10)")
    parser.add_argument("--max-messages", type=int, help="stop after this many messages")
    parser.add_argument("--format", default="json", help=FORMAT_HELP)
    parser.add_argument("--type", dest="event_type", help="only events (or alerts about events) of this type")
    parser.add_argument("--country", help="only events (or alerts) involving this ISO3 or organisation code")
    parser.set_defaults(run=run)


def resolve_topic(name: str, settings: "Settings") -> str:
    from pipeline.topics import TopicCatalogue

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


def run(args: argparse.Namespace, settings: "Settings") -> int:
    from pipeline.cli.formatting import format_message, format_record
    from pipeline.kafka.clients import existing_topics
    from pipeline.kafka.reading import read_records

    topic = resolve_topic(args.topic, settings)
    if topic not in existing_topics(settings.bootstrap_servers):
        print(f"demarche consume: unknown topic {topic!r} (see `demarche topics list`)", file=sys.stderr)
        return 2
    timeout = None if args.follow else args.timeout
    for record in read_records(settings.bootstrap_servers, topic, args.group, args.from_beginning, timeout,
                               args.max_messages):
        if not message_matches(record.value, args.event_type, args.country):
            continue
        if args.format == "json":
            line = record.value.decode("utf-8", "replace") + "\n"
        elif args.format == "pretty":
            line = format_message(record.value) + "\n"
        else:
            line = format_record(args.format, record)
        sys.stdout.write(line)
        sys.stdout.flush()
    return 0
