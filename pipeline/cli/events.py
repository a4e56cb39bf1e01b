"""`demarche events` and `demarche stats`: query the stored events."""

import argparse
import csv
import json
import sys
from typing import TYPE_CHECKING

from pipeline.cli.alerts import parse_since
from pipeline.cli.stored import stored_reads
from pipeline.cli.wording import counted
from pipeline.printable import escape_controls

if TYPE_CHECKING:
    from pipeline.models import EnrichedEvent
    from pipeline.environment import DatabaseSettings
    from pipeline.settings import Settings
    from pipeline.storage.reading import EventReads

__all__ = ["add_parser"]

CSV_FIELDS = ["event_id", "article_id", "event_type", "status", "date", "source", "target", "cameo",
              "goldstein", "cluster_id", "mentions", "confidence", "evidence"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    events = commands.add_parser("events", help="list stored events with filters, or `events show ID`")
    events.add_argument("words", nargs="*", metavar="show ID", help="show one event in full")
    events.add_argument("--type", dest="event_type", help="event type, e.g. CONDEMN")
    events.add_argument("--country", help="ISO3 country or organisation code on either side")
    events.add_argument("--actor", help="part of an actor's name, or an actor id")
    events.add_argument("--dyad", help="two codes, e.g. IRN-RUS: events between them, either way")
    events.add_argument("--status", choices=["occurred", "planned", "ongoing", "refused"])
    events.add_argument("--since", type=parse_since, help="reported at or after (ISO time or an age: 6h, 2d)")
    events.add_argument("--until", type=parse_since, help="reported before")
    events.add_argument("--text", help="words in the evidence sentence")
    events.add_argument("--limit", type=int, default=50)
    events.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    events.set_defaults(run=run_events, reads_only_the_database=True)
    stats = commands.add_parser("stats", help="counts of stored events by type and by dyad per day")
    stats.add_argument("--since", type=parse_since, help="only events reported since (ISO time or an age)")
    stats.set_defaults(run=run_stats, reads_only_the_database=True)


def _row(event: "EnrichedEvent") -> dict[str, object]:
    from pipeline.cli.formatting import actor_names

    return {"event_id": event.event_id, "article_id": event.article_id, "event_type": event.event_type.value,
            "status": event.status.value, "date": event.date or "", "source": actor_names(event.source),
            "target": actor_names(event.target), "cameo": event.codes.cameo, "goldstein": event.codes.goldstein,
            "cluster_id": event.cluster_id, "mentions": event.mentions, "confidence": event.confidence,
            "evidence": event.evidence.text}


def _table(found: list["EnrichedEvent"]) -> None:
    print(f"{'id':10} {'date':10} {'type':9} {'who -> whom':44} {'status':9} {'reports':>7}")
    for event in found:
        codes = lambda actors: "+".join(sorted({a.country or a.code or a.name for a in actors})) or "-"  # noqa: E731
        dyad = escape_controls(f"{codes(event.source)} -> {codes(event.target)}")
        print(f"{event.event_id[:10]} {(event.date or '?'):10} {event.event_type.value:9} {dyad[:44]:44} "
              f"{event.status.value:9} {event.mentions:>7}")
        evidence = escape_controls(event.evidence.text)
        print(f"{'':10} “{evidence if len(evidence) <= 100 else evidence[:97] + '...'}”")


def _show(store: "EventReads", event_id: str) -> int:
    from pipeline.cli.formatting import format_event

    event = store.event(event_id)
    if event is None:
        print(f"demarche events: no single event with an id starting {event_id!r}", file=sys.stderr)
        return 1
    print(format_event(event))
    print(f"\nid {event.event_id}   trigger “{escape_controls(event.trigger)}”   confidence {event.confidence}")
    for side, actors in (("source", event.source), ("target", event.target)):
        for actor in actors:
            details = ", ".join(f"{k} {v}" for k, v in (("country", actor.country), ("code", actor.code),
                                                       ("role", actor.role), ("id", actor.actor_id)) if v)
            print(escape_controls(f"{side:7} {actor.name} ({actor.kind.value}; {details})"))
    codes = event.codes
    print(f"codes   CAMEO {codes.cameo} {codes.cameo_name}; PLOVER {codes.plover or '-'}"
          f"{' / ' + codes.plover_mode if codes.plover_mode else ''}; Goldstein {codes.goldstein:+.1f}; "
          f"quad class {codes.quad_class}")
    cluster = store.cluster(event.cluster_id)
    if cluster:
        sources = escape_controls(", ".join(json.loads(cluster["sources"])))
        print(f"cluster {event.cluster_id}: {counted(cluster['mentions'], 'report')} from {sources}; "
              f"first seen {event.first_seen:%Y-%m-%d %H:%M}, last seen {event.last_seen:%Y-%m-%d %H:%M}")
    return 0


def run_events(args: argparse.Namespace, settings: "Settings | DatabaseSettings") -> int:
    if args.words and (args.words[0] != "show" or len(args.words) != 2):
        print("demarche events: use `demarche events show ID` to show one event", file=sys.stderr)
        return 2
    dyad = None
    if args.dyad:
        parts = args.dyad.replace("+", "-").replace(",", "-").split("-")
        if len(parts) != 2:
            print(f"demarche events: --dyad takes two codes such as IRN-RUS, not {args.dyad!r}", file=sys.stderr)
            return 2
        dyad = (parts[0], parts[1])
    from pipeline.storage.queries import EventQuery

    with stored_reads(settings, "events") as store:
        if args.words:
            return _show(store, args.words[1]) if store else 1
        query = EventQuery(event_type=args.event_type, country=args.country, actor=args.actor, dyad=dyad,
                           status=args.status, since=args.since, until=args.until, text=args.text, limit=args.limit)
        found = store.events(query) if store else []
    if args.format == "jsonl":
        for event in found:
            print(event.model_dump_json())
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for event in found:
            writer.writerow(_row(event))
    else:
        _table(found)
    return 0


def run_stats(args: argparse.Namespace, settings: "Settings | DatabaseSettings") -> int:
    with stored_reads(settings, "stats") as store:
        for by, label in (("type", "type"), ("pair", "dyad")):
            rows = store.counts_by_day(by, args.since) if store else []
            print(f"events by {label} per day")
            print(f"  {'day':10} {label:24} {'events':>6} {'mean Goldstein':>15}")
            for day, key, count, mean in rows:
                print(f"  {day:10} {key:24} {count:>6} {mean:>+15.1f}")
            print()
    return 0
