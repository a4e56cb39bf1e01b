"""`demarche schemas [--out DIR] [--check]`: write the topics' JSON Schemas, or check the shipped ones."""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.settings import Settings

__all__ = ["add_parser"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "schemas", help="write the JSON Schema of every topic (into the package, or --out DIR)",
        description="Write the JSON Schema of every topic's messages, generated from the pydantic models. Without "
                    "--out they go into the package (pipeline/schemas/), where they ship.")
    parser.add_argument("--out", type=Path, help="write the schemas into this directory instead")
    parser.add_argument("--check", action="store_true", help="fail if the shipped schemas are out of date")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: "Settings") -> int:
    from pipeline.schemas import SCHEMA_DIR, stale_schemas, write_schemas

    if args.check:
        stale = stale_schemas(args.out or SCHEMA_DIR)
        for name in stale:
            print(f"out of date: {(args.out or SCHEMA_DIR) / name} (run `demarche schemas`)", file=sys.stderr)
        return 1 if stale else 0
    for path in write_schemas(args.out or SCHEMA_DIR):
        print(path)
    return 0
