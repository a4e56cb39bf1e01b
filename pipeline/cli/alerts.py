"""`demarche alerts`: the alert log, filtered, and followed as it grows."""

import argparse
import re
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from pipeline.alerting.log import AlertTail, console_line
from pipeline.models import Alert, Severity
from pipeline.settings import Settings

__all__ = ["add_parser", "parse_since", "AlertFilter"]

RELATIVE = re.compile(r"^(\d+)([mhd])$")
SEVERITY_ORDER = [Severity.INFO, Severity.WARNING, Severity.CRITICAL]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("alerts", help="show the alert log, with filters; --follow keeps watching")
    parser.add_argument("--severity", choices=[s.value for s in Severity], help="this severity or higher")
    parser.add_argument("--rule", help="only alerts of this rule")
    parser.add_argument("--country", help="only alerts involving this ISO3 country or organisation code")
    parser.add_argument("--since", type=parse_since, help="ISO time, or an age such as 30m, 6h, 2d")
    parser.add_argument("--follow", action="store_true", help="keep printing new alerts as they are written")
    parser.add_argument("--json", action="store_true", help="print the alerts as JSON lines")
    parser.add_argument("--path", type=Path, help="the alert log (default: DEMARCHE_ALERT_LOG_PATH)")
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
        self.least = SEVERITY_ORDER.index(Severity(args.severity)) if args.severity else 0
        self.rule: str | None = args.rule
        self.country: str | None = args.country.upper() if args.country else None
        self.since: datetime | None = args.since

    def __call__(self, alert: Alert) -> bool:
        if SEVERITY_ORDER.index(alert.severity) < self.least:
            return False
        if self.rule and alert.rule != self.rule:
            return False
        if self.since and alert.raised_at < self.since:
            return False
        if self.country:
            codes = {a.country or a.code for a in alert.event.source + alert.event.target}
            if self.country not in codes:
                return False
        return True


def run(args: argparse.Namespace, settings: Settings) -> int:
    path: Path = args.path or settings.alert_log_path
    keep = AlertFilter(args)
    show = (lambda a: a.model_dump_json()) if args.json else (lambda a: f"{a.raised_at:%Y-%m-%d %H:%M:%S} {console_line(a)}")
    tail = AlertTail(path)
    while True:
        for alert in tail.new_alerts():
            if keep(alert):
                sys.stdout.write(show(alert) + "\n")
        sys.stdout.flush()
        if not args.follow:
            return 0
        time.sleep(1.0)
