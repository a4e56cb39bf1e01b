"""`demarche extract SOURCE…`: offline extraction of articles in any format `produce` reads; events out on stdout."""

import argparse
import sys
from typing import TYPE_CHECKING, Iterator

from pipeline.cli.wording import counted

if TYPE_CHECKING:
    from pipeline.models import Article
    from pipeline.settings import Settings

__all__ = ["add_parser"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    from pipeline.cli.produce import FORMATS

    parser = commands.add_parser("extract", help="extract events from articles offline (no Kafka)",
                                 description=f"Extract events as JSON lines on stdout. SOURCE is {FORMATS}.")
    parser.add_argument("sources", nargs="+", metavar="SOURCE")
    parser.set_defaults(run=run)


def _articles(sources: list[str], max_bytes: int, problems: list[str], skipped: list[str]) -> Iterator["Article"]:
    from pipeline.extraction.language import language_problem
    from pipeline.producing.readers import read_articles

    for source in sources:
        for record in read_articles(source, max_bytes):
            if record.article is not None and (reason := language_problem(record.article)) is not None:
                skipped.append(f"{record.origin}: skipped: {reason}")
                print(skipped[-1], file=sys.stderr)
            elif record.article is not None:
                yield record.article
            else:
                problems.append(f"{record.origin}: skipped: {record.problem}")
                print(problems[-1], file=sys.stderr)


def run(args: argparse.Namespace, settings: "Settings") -> int:
    from pipeline.extraction.extractor import load_extractor

    extractor = load_extractor(settings.spacy_model, settings.actor_files)
    problems: list[str] = []
    skipped: list[str] = []
    count = 0
    articles = _articles(args.sources, settings.max_article_bytes, problems, skipped)

    def failed(article: "Article", error: Exception) -> None:
        problems.append(f"{article.id}: not extracted: {type(error).__name__}: {error}")
        print(problems[-1], file=sys.stderr)

    for _article, events in extractor.extract_many(articles, on_error=failed):
        for event in events:
            sys.stdout.write(event.model_dump_json() + "\n")
            count += 1
    sys.stdout.flush()
    print(counted(count, "event") + (f", {counted(len(skipped), 'article')} skipped as not English" if skipped else ""),
          file=sys.stderr)
    return 1 if problems else 0
