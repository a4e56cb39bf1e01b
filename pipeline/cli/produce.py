"""`demarche produce SOURCE…`: send articles to `articles.raw` from files, directories, URLs or stdin."""

import argparse
import sys
import time
from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.producing.readers import Record
    from pipeline.settings import Settings

__all__ = ["add_parser", "ProduceSummary"]

FORMATS = ("JSON lines (.jsonl, .ndjson or any other name), JSON arrays (.json), text or Markdown (one article; "
           "the first line is its title), HTML pages, RSS 0.9x/1.0/2.0 and Atom feeds (.rss, .atom, .rdf, .xml), "
           "a directory of such files, an http(s):// URL of a feed or page, or - for stdin")


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("produce", help="send articles to the articles.raw topic",
                                 description=f"Send articles to articles.raw. SOURCE is {FORMATS}.")
    parser.add_argument("sources", nargs="+", metavar="SOURCE")
    parser.add_argument("--dry-run", action="store_true", help="read and validate only; send nothing")
    parser.add_argument("--rate", type=float, help="send at most this many articles a second")
    parser.add_argument("--no-validate", action="store_true",
                        help="send invalid records too (the worker puts them on the dead-letter topic)")
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
        return f"{verb} {self.sent} articles to {topic}, skipped {self.skipped}" + (f" ({why})" if why else "") + warned


def send_article(producer: Any, topic: str, record: "Record") -> None:
    """The one place where produce sends a message."""
    from pipeline.headers import message_headers

    key = record.article.id.encode() if record.article else None
    producer.send(topic, key=key, value=record.raw, headers=message_headers())


def run(args: argparse.Namespace, settings: "Settings") -> int:
    from pipeline.kafka.clients import ensure_topics, make_producer
    from pipeline.producing.readers import read_articles
    from pipeline.topics import TopicCatalogue

    catalogue = TopicCatalogue(settings.topic_prefix, settings.topic_partitions)
    producer = None
    if not args.dry_run:
        ensure_topics(settings.bootstrap_servers, catalogue.all())
        producer = make_producer(settings.bootstrap_servers)
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
            if producer is not None:
                send_article(producer, catalogue.articles_raw.name, record)
                if interval:
                    time.sleep(interval)
            summary.sent += 1
            progress.update(summary.sent, summary.skipped)
    if producer is not None:
        producer.flush()
        producer.close()
    progress.done()
    print(summary.line("would send" if args.dry_run else "sent", catalogue.articles_raw.name), file=sys.stderr)
    return 1 if summary.skipped and not summary.sent else 0
