"""`demarche produce SOURCE…`: send articles to `articles.raw` from files, directories or stdin."""

import argparse
import sys
import time
from collections import Counter

from pipeline.kafka.clients import ensure_topics, make_producer
from pipeline.producing.readers import SUFFIXES, read_articles
from pipeline.producing.sending import CheckedSender
from pipeline.settings import Settings
from pipeline.topics import TopicCatalogue

__all__ = ["add_parser"]

MAX_LISTED = 20  # records not sent that are named one by one


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser(
        "produce", help="send articles to the articles.raw topic",
        description="Send articles to articles.raw. SOURCE is a JSON-lines file, a JSON array, a text or "
                    f"Markdown file (one article; the first line is its title), an RSS or Atom feed, a "
                    f"directory (every file ending in {', '.join(sorted(SUFFIXES))}), or - for stdin.",
    )
    parser.add_argument("sources", nargs="+", metavar="SOURCE")
    parser.add_argument("--dry-run", action="store_true", help="read and validate only; send nothing")
    parser.add_argument("--rate", type=float, help="send at most this many articles a second")
    parser.add_argument("--no-validate", action="store_true",
                        help="send invalid records too (the worker puts them on the dead-letter topic)")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="seconds to wait for the broker to acknowledge what was sent (default 30); "
                             "what it has not acknowledged by then is reported as not sent, exit status 1")
    parser.set_defaults(run=run)


class Progress:
    """A one-line progress count on stderr, shown only on a terminal."""

    def __init__(self) -> None:
        self.shown = sys.stderr.isatty()
        self.last = 0.0

    def update(self, sent: int, skipped: int) -> None:
        now = time.monotonic()
        if self.shown and now - self.last > 0.2:
            sys.stderr.write(f"\rsent {sent}, skipped {skipped} ...")
            sys.stderr.flush()
            self.last = now

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")


def run(args: argparse.Namespace, settings: Settings) -> int:
    catalogue = TopicCatalogue(settings.topic_prefix, settings.topic_partitions)
    sender = None
    if not args.dry_run:
        ensure_topics(settings.bootstrap_servers, catalogue.all())
        sender = CheckedSender(make_producer(settings.bootstrap_servers, args.timeout), catalogue.articles_raw.name)
    sent, reasons = 0, Counter[str]()
    progress = Progress()
    interval = 1.0 / args.rate if args.rate else 0.0
    for source in args.sources:
        for record in read_articles(source):
            if record.article is None and not args.no_validate:
                print(f"{record.origin}: skipped: {record.problem}", file=sys.stderr)
                reasons[(record.problem or "").split(":")[0]] += 1
                progress.update(sent, sum(reasons.values()))
                continue
            if sender is not None:
                key = record.article.id.encode() if record.article else None
                sender.send(key, record.raw, str(record.origin))
                if interval:
                    time.sleep(interval)
            sent += 1
            progress.update(sent, sum(reasons.values()))
    report = sender.finish(args.timeout) if sender is not None else None
    progress.done()
    skipped = sum(reasons.values())
    why = "; ".join(f"{reason}: {n}" for reason, n in reasons.most_common())
    skipped_text = f", skipped {skipped}" + (f" ({why})" if why else "")
    if report is None:
        print(f"would send {sent} articles to {catalogue.articles_raw.name}{skipped_text}", file=sys.stderr)
        return 1 if skipped and not sent else 0
    for origin, reason in report.failed[:MAX_LISTED]:
        print(f"{origin}: not sent: {reason}", file=sys.stderr)
    if len(report.failed) > MAX_LISTED:
        print(f"... and {len(report.failed) - MAX_LISTED} more not sent", file=sys.stderr)
    not_sent = "; ".join(f"{reason}: {n}" for reason, n in report.reasons().items())
    print(f"sent {report.acknowledged} articles to {catalogue.articles_raw.name}{skipped_text}"
          + (f", NOT SENT {len(report.failed)} ({not_sent})" if report.failed else ""), file=sys.stderr)
    return 1 if report.failed or (skipped and not report.acknowledged) else 0
