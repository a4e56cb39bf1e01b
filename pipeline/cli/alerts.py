"""`demarche alerts`: the alerts of the alerts topic (or of an alert log), filtered, and followed."""

import argparse
import re
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from pipeline.models import Alert
    from pipeline.settings import Settings

__all__ = ["add_parser", "parse_since", "AlertFilter"]

RELATIVE = re.compile(r"^(\d+)([mhd])$")
SEVERITIES = ["info", "warning", "critical"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "alerts", help="show the alerts, with filters; --follow keeps watching",
        description="Show the alerts on the alerts topic, the source of truth for every worker's alerts; "
                    "with --path or --log, the alerts of an alert log file instead.")
    parser.add_argument("--severity", choices=SEVERITIES, help="this severity or higher")
    parser.add_argument("--rule", help="only alerts of this rule")
    parser.add_argument("--country", help="only alerts involving this ISO3 country or organisation code")
    parser.add_argument("--since", type=parse_since, help="ISO time, or an age such as 30m, 6h, 2d")
    parser.add_argument("--follow", action="store_true", help="keep printing new alerts as they are raised")
    parser.add_argument("--json", action="store_true", help="print the alerts as JSON lines")
    parser.add_argument("--group", help="a consumer group: resume where it stopped, and commit (a log writer)")
    parser.add_argument("--path", type=Path, help="read this alert log file instead of the topic")
    parser.add_argument("--log", action="store_true", help="read the worker's alert log (DEMARCHE_ALERT_LOG_PATH)")
    parser.set_defaults(run=run)


def parse_since(value: str) -> datetime:
    """"6h" is six hours ago; otherwise an ISO 8601 time (UTC when it has no offset)."""
    match = RELATIVE.match(value.strip())
    if match:
        amount, unit = int(match.group(1)), match.group(2)
        delta = {"m": timedelta(minutes=amount), "h": timedelta(hours=amount), "d": timedelta(days=amount)}[unit]
        return datetime.now(timezone.utc) - delta
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time or an age such as 6h: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


class AlertFilter:
    def __init__(self, args: argparse.Namespace) -> None:
        self.least = SEVERITIES.index(args.severity) if args.severity else 0
        self.rule: str | None = args.rule
        self.country: str | None = args.country.upper() if args.country else None
        self.since: datetime | None = args.since
        self.shown: set[str] = set()

    def __call__(self, alert: "Alert") -> bool:
        if alert.alert_id in self.shown or SEVERITIES.index(alert.severity.value) < self.least:
            return False
        if self.rule and alert.rule != self.rule:
            return False
        if self.since and alert.raised_at < self.since:
            return False
        if self.country:
            codes = {a.country or a.code for a in alert.event.source + alert.event.target}
            if self.country not in codes:
                return False
        self.shown.add(alert.alert_id)  # a worker that restarted may have sent an alert twice
        return True


def _from_log(path: Path, follow: bool) -> Iterator["Alert"]:
    from pipeline.alerting.log import AlertTail

    tail = AlertTail(path)
    while True:
        yield from tail.new_alerts()
        if not follow:
            return
        time.sleep(1.0)


def _from_topic(args: argparse.Namespace, settings: "Settings", topic: str) -> Iterator["Alert"]:
    from pipeline.kafka.reading import read_records
    from pipeline.models import Alert

    records = read_records(settings.bootstrap_servers, topic, group=args.group, from_beginning=args.group is None,
                           timeout=None if args.follow else 10.0, until_end=not args.follow,
                           reset="earliest")
    for record in records:
        try:
            yield Alert.model_validate_json(record.value)
        except ValueError:
            continue


def _alerts(args: argparse.Namespace, settings: "Settings") -> Iterator["Alert"] | str:
    """The alerts to show, or why there are none to read."""
    if args.path or args.log:
        path: Path = args.path or settings.alert_log_path
        if not path.exists():
            return f"no alert log at {path}"
        return _from_log(path, args.follow)
    from pipeline.kafka.clients import existing_topics
    from pipeline.topics import TopicCatalogue

    topic = TopicCatalogue(settings.topic_prefix, settings.topic_partitions).alerts.name
    if topic not in existing_topics(settings.bootstrap_servers):
        return f"no alerts topic {topic!r} on {settings.bootstrap_servers} (has a worker run there?)"
    return _from_topic(args, settings, topic)


def run(args: argparse.Namespace, settings: "Settings") -> int:
    from pipeline.alerting.log import console_line

    alerts = _alerts(args, settings)
    if isinstance(alerts, str):
        print(f"demarche alerts: {alerts}", file=sys.stderr)
        return 1
    keep = AlertFilter(args)
    for alert in alerts:
        if keep(alert):
            line = alert.model_dump_json() if args.json else f"{alert.raised_at:%Y-%m-%d %H:%M:%S} {console_line(alert)}"
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
    return 0
