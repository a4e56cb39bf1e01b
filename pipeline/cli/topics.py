"""`demarche topics list|create|describe|reset-offsets`: the topics, their offsets, lag and replays."""

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.settings import Settings

__all__ = ["add_parser", "parse_reset_target"]


def parse_reset_target(value: str) -> str | datetime:
    """"earliest", "latest", or an ISO time (UTC when it has no offset)."""
    from pipeline.cli.alerts import parse_since

    return value if value in ("earliest", "latest") else parse_since(value)


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "topics", help="list, create or describe demarche's topics; reset a group's offsets",
        description="list: the catalogue; create: the missing topics; describe [TOPIC]: partitions, messages and "
                    "each group's lag; reset-offsets GROUP --to earliest|latest|TIME [--topic T]: replay from there "
                    "(the group must be stopped).")
    parser.add_argument("action", choices=["list", "create", "describe", "reset-offsets"])
    parser.add_argument("name", nargs="?", metavar="TOPIC|GROUP",
                        help="describe: one topic (default: all of demarche's); reset-offsets: the consumer group")
    parser.add_argument("--to", type=parse_reset_target, help="reset-offsets: earliest, latest, or an ISO time or age (6h)")
    parser.add_argument("--topic", action="append", dest="reset_topics", metavar="TOPIC",
                        help="reset-offsets: only this topic (repeatable; default: every topic the group read)")
    parser.set_defaults(run=run)


def _reset(args: argparse.Namespace, settings: "Settings") -> int:
    from pipeline.cli.consume import resolve_topic
    from pipeline.kafka.offsets import reset_offsets

    if not args.name or args.to is None:
        print("demarche topics: use `demarche topics reset-offsets GROUP --to earliest|latest|TIME`", file=sys.stderr)
        return 2
    topics = [resolve_topic(t, settings) for t in args.reset_topics] if args.reset_topics else None
    resets = reset_offsets(settings.bootstrap_servers, args.name, args.to, topics)
    if not resets:
        print(f"consumer group {args.name!r} has no committed offsets to reset (name topics with --topic)")
        return 1
    print(f"{'topic':32} {'partition':>9} {'from':>8} {'to':>8}")
    for reset in resets:
        before = "-" if reset.before is None else str(reset.before)
        print(f"{reset.partition.topic:32} {reset.partition.partition:>9} {before:>8} {reset.after:>8}")
    return 0


def run(args: argparse.Namespace, settings: "Settings") -> int:
    from pipeline.cli.consume import resolve_topic
    from pipeline.kafka.clients import describe_topics, ensure_topics, existing_topics
    from pipeline.topics import TopicCatalogue

    if args.action == "reset-offsets":
        return _reset(args, settings)
    catalogue = TopicCatalogue(settings.topic_prefix, settings.topic_partitions)
    bootstrap = settings.bootstrap_servers
    if args.action == "create":
        created = ensure_topics(bootstrap, catalogue.all())
        print(f"created {len(created)} topics" + (": " + ", ".join(created) if created else " (all existed)"))
        return 0
    existing = existing_topics(bootstrap)
    if args.action == "list":
        for spec in catalogue.all():
            state = "" if spec.name in existing else "  (not created yet: demarche topics create)"
            print(f"{spec.name:32} key {spec.key:10} {spec.description}{state}")
        return 0
    names = [resolve_topic(args.name, settings)] if args.name else [s.name for s in catalogue.all() if s.name in existing]
    missing = [n for n in names if n not in existing]
    if missing:
        print(f"demarche topics: unknown topic {missing[0]!r} (see `demarche topics list`)", file=sys.stderr)
        return 2
    print(f"{'topic':32} {'partitions':>10} {'messages':>9}  consumer groups (lag)")
    for info in describe_topics(bootstrap, names):
        groups = ", ".join(f"{g} ({lag})" for g, lag in sorted(info.group_lag.items())) or "-"
        print(f"{info.name:32} {info.partitions:>10} {info.messages:>9}  {groups}")
    return 0
