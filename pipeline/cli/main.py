"""`demarche`: one command with a subcommand per task, errors as one clear line."""

import argparse
import sys
from typing import Callable

from pipeline.alerting.rules import RuleFileError
from pipeline.broker import BrokerError
from pipeline.extraction.actor_files import ActorFileError
from pipeline.cli import alerts, broker, consume, demo, events, extract, produce, schemas, topics, worker
from pipeline.kafka.clients import BrokerUnreachable
from pipeline.settings import Settings
from pipeline.storage import StoreError

__all__ = ["main", "build_parser"]

COMMANDS = [broker, produce, consume, topics, worker, extract, events, alerts, demo, schemas]
Runner = Callable[[argparse.Namespace, Settings], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="demarche", description="News articles in, structured diplomatic events out.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Runner = args.run
    try:
        return run(args, Settings())
    except (ActorFileError, BrokerError, BrokerUnreachable, RuleFileError, StoreError, demo.WorkerFailed,
            OSError) as error:
        print(f"demarche {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
