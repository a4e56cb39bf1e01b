"""`demarche produce SOURCE…`: send articles to `articles.raw` from files, directories, URLs or stdin."""

import argparse
import sys
import time
from collections import Counter
from typing import TYPE_CHECKING

from pipeline.cli.wording import counted

if TYPE_CHECKING:
    from pipeline.producing.readers import Record
    from pipeline.producing.sending import CheckedSender
    from pipeline.settings import Settings

__all__ = ["add_parser", "ProduceSummary"]

FORMATS = ("JSON lines (.jsonl, .ndjson or any other name), JSON arrays (.json), text or Markdown (one article; "
           "the first line is its title), HTML pages, RSS 0.9x/1.0/2.0 and Atom feeds (.rss, .atom, .rdf, .xml), "
           "a directory of such files, an http(s):// URL of a feed or page, or - for stdin")

MAX_LISTED = 20  # records not sent that are named one by one


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("produce", help="send articles to the articles.raw topic",
                                 description=f"Send articles to articles.raw. SOURCE is {FORMATS}.")
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


class ProduceSummary:
    """What was sent, what was skipped and why, and the warnings given."""

    def __init__(self) -> None:
        self.sent = 0
        self.reasons = Counter[str]()
        self.warnings = 0

    @property
    def skipped(self) -> int:
        return sum(self.reasons.values())

    def skip(self, record: "Record") -> None:
        print(f"{record.origin}: skipped: {record.problem}", file=sys.stderr)
        self.reasons[(record.problem or "").split(":")[0]] += 1

    def warn_about(self, record: "Record") -> None:
        language = record.article.language if record.article else "en"
        if not language.lower().startswith("en"):
            print(f"{record.origin}: warning: language {language!r} is not English; demarche extracts events "
                  "from English text only", file=sys.stderr)
            self.warnings += 1

    def line(self, verb: str, topic: str) -> str:
        why = "; ".join(f"{reason}: {n}" for reason, n in self.reasons.most_common())
        warned = f"; {self.warnings} not in English" if self.warnings else ""
        sent = f"{verb} {counted(self.sent, 'article')} to {topic}, skipped {self.skipped}"
        return sent + (f" ({why})" if why else "") + warned


def send_article(sender: "CheckedSender", record: "Record") -> None:
    """The one place where produce sends a message; the sender checks its delivery."""
    from pipeline.headers import message_headers

    key = record.article.id.encode() if record.article else None
    sender.send(key, record.raw, str(record.origin), headers=message_headers())


def run(args: argparse.Namespace, settings: "Settings") -> int:
    from pipeline.kafka.clients import ensure_topics, make_producer
    from pipeline.producing.readers import read_articles
    from pipeline.producing.sending import CheckedSender
    from pipeline.topics import TopicCatalogue

    catalogue = TopicCatalogue(settings.topic_prefix, settings.topic_partitions)
    sender = None
    if not args.dry_run:
        ensure_topics(settings.kafka, catalogue.all(), settings.topic_replication_factor)
        sender = CheckedSender(make_producer(settings.kafka, args.timeout), catalogue.articles_raw.name)
    summary = ProduceSummary()
    progress = Progress()
    interval = 1.0 / args.rate if args.rate else 0.0
    for source in args.sources:
        for record in read_articles(source, settings.max_article_bytes):
            oversized = record.problem is not None and record.problem.startswith("too large")
            if record.article is None and (oversized or not args.no_validate):
                summary.skip(record)  # too large a record is never sent: the broker would refuse it
                progress.update(summary.sent, summary.skipped)
                continue
            summary.warn_about(record)
            if sender is not None:
                send_article(sender, record)
                if interval:
                    time.sleep(interval)
            summary.sent += 1
            progress.update(summary.sent, summary.skipped)
    report = sender.finish(args.timeout) if sender is not None else None
    progress.done()
    if report is None:
        print(summary.line("would send", catalogue.articles_raw.name), file=sys.stderr)
        return 1 if summary.skipped and not summary.sent else 0
    for origin, reason in report.failed[:MAX_LISTED]:
        print(f"{origin}: not sent: {reason}", file=sys.stderr)
    if len(report.failed) > MAX_LISTED:
        print(f"... and {len(report.failed) - MAX_LISTED} more not sent", file=sys.stderr)
    summary.sent = report.acknowledged  # sent means acknowledged by the broker
    not_sent = "; ".join(f"{reason}: {n}" for reason, n in report.reasons().items())
    print(summary.line("sent", catalogue.articles_raw.name)
          + (f", NOT SENT {len(report.failed)} ({not_sent})" if report.failed else ""), file=sys.stderr)
    return 1 if report.failed or (summary.skipped and not report.acknowledged) else 0
