"""`demarche extract FILE|-`: offline extraction, articles in as JSON lines, events out on stdout."""

import argparse
import sys
from typing import Iterator

from pipeline.cli.io import numbered_lines
from pipeline.extraction.extractor import load_extractor
from pipeline.intake import UnreadableArticle, parse_article
from pipeline.models import Article
from pipeline.settings import Settings

__all__ = ["add_parser"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("extract", help="extract events from articles offline (no Kafka)")
    parser.add_argument("source", help="a file of JSON lines, or - for standard input")
    parser.set_defaults(run=run)


def _articles(source: str, problems: list[str]) -> Iterator[Article]:
    for name, number, line in numbered_lines(source):
        try:
            yield parse_article(line)
        except UnreadableArticle as error:
            problems.append(f"{name}:{number}: skipped: {error}")
            print(problems[-1], file=sys.stderr)


def run(args: argparse.Namespace, settings: Settings) -> int:
    extractor = load_extractor(settings.spacy_model, settings.actor_files)
    problems: list[str] = []
    count = 0
    for _article, events in extractor.extract_many(_articles(args.source, problems)):
        for event in events:
            sys.stdout.write(event.model_dump_json() + "\n")
            count += 1
    sys.stdout.flush()
    print(f"{count} events", file=sys.stderr)
    return 1 if problems else 0
