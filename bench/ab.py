"""Two versions of the worker compared on one warm broker, run after run, so that the machine's drift
and the broker's warming up fall on both alike.

    .venv/bin/python bench/ab.py DIR [DIR ...] [--rate 2.5] [--articles 60] [--rounds 4] [--cores 0]
                                 [--set NAME=VALUE ...]

Each DIR is a checkout of demarche (`git worktree add ../before <commit>`); its workers run from it,
so that they import its `pipeline` package. Without `--rate` each run is a backlog, with it the
articles are produced at RATE a second and the latency percentiles are printed. Every run must store
exactly the event ids of this checkout's offline extraction (`bench/e2e.py`'s check); the order of the
versions alternates between rounds.
"""

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles  # noqa: E402
from e2e import Run, kafka, offline, stream_run  # noqa: E402

from pipeline.settings import Settings  # noqa: E402


def line(version: str, run: Run, latency: bool) -> str:
    cost = (f"per article: worker {run.worker_cpu_s / run.articles:.3f}, spaCy {run.spacy_cpu_s / run.articles:.3f}, "
            f"broker {run.broker_cpu_s / run.articles:.3f} core-s")
    checked = "exact" if not run.missing and not run.unexpected else f"{run.missing} missing, {run.unexpected} unexpected"
    if not latency:
        return f"{version}: {run.rate:.2f} articles/s, {cost}, {checked}"
    return (f"{version}: readable {run.latency_enriched}, stored {run.latency_stored}, sent to extracted "
            f"{run.latency_extracted_sent}, to enriched {run.latency_enriched_sent}; {cost}, {checked}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("versions", nargs="+", type=Path, help="checkouts to run the workers from")
    parser.add_argument("--rate", type=float, help="articles a second (latency); without: a backlog")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cores", help="the cores the workers may use, as `taskset -c` takes them (the broker is not pinned)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a worker setting for all")
    args = parser.parse_args()
    settings = dict(item.split("=", 1) for item in args.set)
    lines = [json.dumps(a).encode() for a in articles(max(args.articles, 120), args.seed)]
    sample = lines[:args.articles]
    _rate, by_article = offline(lines, Settings().spacy_model)
    everything = set().union(*by_article.values())
    expected = set().union(*(by_article[json.loads(line)["id"]] for line in sample))
    versions = [path.resolve() for path in args.versions]
    with tempfile.TemporaryDirectory() as tmp, kafka(Path(tmp), None) as (bootstrap, pid):
        os.chdir(versions[0])
        stream_run("warm-up", lines[:120], everything, bootstrap, pid, Path(tmp), [None], worker_settings=settings)
        for round_ in range(args.rounds):
            for version in versions if round_ % 2 == 0 else versions[::-1]:
                os.chdir(version)  # the workers' `python -m` imports the package of their working directory
                run = stream_run(version.name, sample, expected, bootstrap, pid, Path(tmp), [args.cores],
                                 rate=args.rate, worker_settings=settings)
                print(f"round {round_ + 1}, " + line(str(version), run, args.rate is not None), flush=True)


if __name__ == "__main__":
    main()
