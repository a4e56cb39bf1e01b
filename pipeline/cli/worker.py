"""`demarche worker`: run the faust worker with every agent of the pipe."""

import argparse
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.settings import Settings

__all__ = ["add_parser"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("worker", help="run the stream worker (extract, enrich and route, store, alert)")
    parser.add_argument("--loglevel", default="info", choices=["debug", "info", "warning", "error"])
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: "Settings") -> int:
    from pipeline.app import create_pipeline
    from pipeline.extraction.actor_files import read_actor_file
    from pipeline.kafka.clients import ensure_topics, wait_for_broker
    from pipeline.worker import BoundedWorker, check_web_port, escape_log_records

    check_web_port(settings.web_host, settings.web_port)
    for path in settings.actor_files:
        read_actor_file(path)  # a bad actor file stops the start-up with one line, as a bad rule file does
    wait_for_broker(settings.kafka)
    pipeline = create_pipeline(settings)
    ensure_topics(settings.kafka, pipeline.catalogue.all(), settings.topic_replication_factor)
    settings.worker_data_dir.mkdir(parents=True, exist_ok=True)
    logging.getLogger("kafka").setLevel(logging.WARNING)
    escape_log_records()
    worker = BoundedWorker(pipeline.app, loglevel=args.loglevel, quiet=True,
                           shutdown_timeout=settings.worker_shutdown_timeout)
    worker.execute_from_commandline()
    return 0
