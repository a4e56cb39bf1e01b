"""`demarche produce FILE|-`: send articles (JSON lines) to `articles.raw`."""

import argparse
import sys

from pipeline.cli.io import numbered_lines
from pipeline.intake import UnreadableArticle, parse_article
from pipeline.kafka.clients import ensure_topics, make_producer
from pipeline.settings import Settings
from pipeline.topics import TopicCatalogue

__all__ = ["add_parser"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("produce", help="send articles (JSON lines) to the articles.raw topic")
    parser.add_argument("source", help="a file of JSON lines, or - for standard input")
    parser.add_argument("--no-validate", action="store_true",
                        help="send every line as it is (invalid ones end in the dead-letter topic)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    catalogue = TopicCatalogue(settings.topic_prefix, settings.topic_partitions)
    ensure_topics(settings.bootstrap_servers, catalogue.all())
    producer = make_producer(settings.bootstrap_servers)
    sent = skipped = 0
    for name, number, line in numbered_lines(args.source):
        key = None
        try:
            key = parse_article(line).id.encode()
        except UnreadableArticle as error:
            if not args.no_validate:
                print(f"{name}:{number}: skipped: {error}", file=sys.stderr)
                skipped += 1
                continue
        producer.send(catalogue.articles_raw.name, key=key, value=line)
        sent += 1
    producer.flush()
    producer.close()
    print(f"sent {sent} articles to {catalogue.articles_raw.name}, skipped {skipped}", file=sys.stderr)
    return 1 if skipped and not sent else 0
