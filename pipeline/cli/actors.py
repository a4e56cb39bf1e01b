"""`demarche actors`: the actor registry, each canonical actor of the stored events with its spellings."""

import argparse
import sys
from typing import TYPE_CHECKING

from pipeline.printable import escape_controls

if TYPE_CHECKING:
    from pipeline.environment import DatabaseSettings
    from pipeline.models import ActorRecord
    from pipeline.settings import Settings

__all__ = ["add_parser"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    actors = commands.add_parser("actors", help="the actors of the stored events: ids, spellings, counts")
    actors.add_argument("name", nargs="?", help="part of any of an actor's spellings, or an actor id")
    actors.add_argument("--code", "--country", dest="code",
                        help="ISO3 country or organisation code the actor was given")
    actors.add_argument("--limit", type=int, default=50, help="most actors to list, the most reported first")
    actors.add_argument("--format", choices=["table", "jsonl"], default="table")
    actors.set_defaults(run=run_actors, reads_only_the_database=True)


def _table(records: list["ActorRecord"]) -> None:
    print(f"{'actor id':32} {'name':28} {'codes':9} {'events':>6}  {'first seen':16}  last seen")
    for record in records:
        codes = ",".join(record.codes) or "-"
        print(escape_controls(f"{record.actor_id[:32]:32} {record.name[:28]:28} {codes[:9]:9} {record.events:>6}  "
                              f"{record.first_seen:%Y-%m-%d %H:%M}  {record.last_seen:%Y-%m-%d %H:%M}"))
        others = [f"{name} ({n})" for name, n in record.variants.items() if name != record.name]
        if others:
            print(escape_controls(f"{'':32} also: {', '.join(others)}"))


def run_actors(args: argparse.Namespace, settings: "Settings | DatabaseSettings") -> int:
    if args.limit < 1:
        print("demarche actors: --limit takes a number of actors, 1 or more", file=sys.stderr)
        return 2
    from pipeline.cli.stored import stored_reads
    from pipeline.storage.queries import ActorQuery

    with stored_reads(settings, "actors") as store:
        found = store.actors(ActorQuery(name=args.name, code=args.code, limit=args.limit)) if store else []
    if args.format == "jsonl":
        for record in found:
            print(record.model_dump_json())
    else:
        _table(found)
    return 0
