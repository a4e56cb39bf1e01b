"""`demarche`: one command with a subcommand per task, errors as one clear line."""

import argparse
import os
import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any, Callable, Sequence

from pipeline.cli import actors, alerts, broker, consume, demo, events, extract, produce, schemas, topics, worker

if TYPE_CHECKING:
    from pydantic import ValidationError

    from pipeline.environment import DatabaseSettings
    from pipeline.settings import Settings

__all__ = ["main", "build_parser", "load_settings", "EXPECTED_ERRORS"]

COMMANDS = [broker, produce, consume, topics, worker, extract, events, actors, alerts, demo, schemas]
# a command's run takes Settings, or DatabaseSettings if the command reads only the database
Runner = Callable[[argparse.Namespace, Any], int]

# Errors a user can cause or fix, reported in one line. They are looked up only in modules that are
# already imported (a module that raised one is), so that the CLI starts without importing them.
EXPECTED_ERRORS = {
    "pipeline.broker.local": "BrokerError",
    "pipeline.kafka.clients": "BrokerUnreachable",
    "pipeline.alerting.rules": "RuleFileError",
    "pipeline.storage.errors": "StoreError",
    "pipeline.cli.demo": "WorkerFailed",
    "pipeline.kafka.offsets": "GroupIsActive",
    "pipeline.extraction.actor_files": "ActorFileError",
}


class VersionAction(argparse.Action):
    """`--version`: the installed package's version, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("demarche")
        except PackageNotFoundError:
            found = "unknown"
        print(f"demarche {found}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="demarche", description="News articles in, structured diplomatic events out.",
    )
    parser.add_argument("--version", action=VersionAction, help="show the version and exit")
    bootstrap_help = "host:port[,host:port] of the Kafka cluster (default: DEMARCHE_KAFKA_BOOTSTRAP_SERVERS)"
    parser.add_argument("-b", "--bootstrap-server", dest="bootstrap_server", metavar="SERVERS",
                        help=bootstrap_help)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    for subparser in commands.choices.values():  # every command takes -b, before or after its name
        subparser.add_argument("-b", "--bootstrap-server", dest="bootstrap_server", metavar="SERVERS",
                               default=argparse.SUPPRESS, help=bootstrap_help)
    return parser


def is_expected(error: BaseException) -> bool:
    """An error to report in one line rather than with a traceback."""
    if isinstance(error, OSError):
        return True
    for module, name in EXPECTED_ERRORS.items():
        if module in sys.modules and isinstance(error, getattr(sys.modules[module], name)):
            return True
    return False


def _quiet_stdout() -> None:
    """After a broken pipe, send what is left in stdout's buffer nowhere, so exit says nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def settings_problem(error: "ValidationError") -> str:
    """The settings that are wrong and why, without their values: a value may be a secret."""
    return "; ".join(f"DEMARCHE_{'_'.join(str(part) for part in e['loc']).upper()}: {e['msg']}"
                     if e["loc"] else e["msg"].removeprefix("Value error, ")
                     for e in error.errors(include_input=False, include_url=False))


def load_settings(args: argparse.Namespace) -> "Settings | DatabaseSettings | None":
    """The command's settings; None, said in one line, when one is bad. A command that reads only
    the database (`reads_only_the_database`) gets just its URL, unless another DEMARCHE_* variable is
    set: then every setting is read and checked, and a misspelt one is named."""
    if getattr(args, "reads_only_the_database", False):
        from pipeline.environment import database_settings

        quick = database_settings()
        if quick is not None:
            return quick
    from pydantic import ValidationError

    settings_module = import_module("pipeline.settings")
    for line in settings_module.unknown_variables():
        print(f"demarche: warning: {line}", file=sys.stderr)
    overrides = {"kafka_bootstrap_servers": args.bootstrap_server} if args.bootstrap_server else {}
    try:
        settings: Settings = settings_module.Settings(**overrides)
    except ValidationError as error:
        print(f"demarche {args.command}: bad settings: {settings_problem(error)}", file=sys.stderr)
        return None
    return settings


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Runner = args.run
    settings = load_settings(args)
    if settings is None:
        return 2
    try:
        return run(args, settings)
    except BrokenPipeError:  # `demarche events | head`
        _quiet_stdout()
        return 141
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if not is_expected(error):
            raise
        print(f"demarche {args.command}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
