"""`demarche schemas [--check]`: write the topics' JSON Schemas into schemas/, or check them."""

import argparse
import sys

from pipeline.schemas import SCHEMA_DIR, stale_schemas, write_schemas
from pipeline.settings import Settings

__all__ = ["add_parser"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("schemas", help="generate the JSON Schema of every topic into schemas/")
    parser.add_argument("--check", action="store_true", help="fail if schemas/ is out of date")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.check:
        stale = stale_schemas()
        for name in stale:
            print(f"out of date: {SCHEMA_DIR / name} (run `demarche schemas`)", file=sys.stderr)
        return 1 if stale else 0
    for path in write_schemas():
        print(path)
    return 0
