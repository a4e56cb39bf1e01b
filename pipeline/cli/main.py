"""`demarche`: one command with a subcommand per task, errors as one clear line."""

import argparse
import sys
from typing import Callable

from pydantic import ValidationError

from pipeline.alerting.rules import RuleFileError
from pipeline.broker import BrokerError
from pipeline.cli import alerts, broker, consume, demo, events, extract, produce, schemas, topics, worker
from pipeline.kafka.clients import BrokerUnreachable
from pipeline.settings import Settings, unknown_variables
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


def settings_problem(error: ValidationError) -> str:
    """The settings that are wrong and why, without their values: a value may be a secret."""
    return "; ".join(f"DEMARCHE_{'_'.join(str(part) for part in e['loc']).upper() or 'KAFKA'}: {e['msg']}"
                     if e["loc"] else e["msg"].removeprefix("Value error, ") for e in error.errors(include_input=False, include_url=False))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Runner = args.run
    for line in unknown_variables():
        print(f"demarche: warning: {line}", file=sys.stderr)
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"demarche {args.command}: bad settings: {settings_problem(error)}", file=sys.stderr)
        return 2
    try:
        return run(args, settings)
    except (BrokerError, BrokerUnreachable, RuleFileError, StoreError, demo.WorkerFailed, OSError) as error:
        print(f"demarche {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
