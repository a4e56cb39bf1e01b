"""`demarche broker start|stop|status`: the local single-node Kafka broker."""

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.broker import LocalBroker
    from pipeline.settings import Settings

__all__ = ["add_parser", "local_broker"]


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("broker", help="start, stop or inspect the local Kafka broker")
    parser.add_argument("action", choices=["start", "stop", "status", "fetch"],
                        help="fetch only downloads the broker jars with Maven")
    parser.set_defaults(run=run)


def local_broker(settings: "Settings") -> "LocalBroker":
    from pipeline.broker import LocalBroker

    return LocalBroker(settings.broker_home, settings.broker_port, settings.broker_controller_port)


def run(args: argparse.Namespace, settings: "Settings") -> int:
    if settings.uses_external_cluster:
        print(f"DEMARCHE_KAFKA_BOOTSTRAP_SERVERS is set ({settings.bootstrap_servers}): "
              "demarche uses that cluster and starts no broker of its own")
        return 0
    broker = local_broker(settings)
    if args.action == "fetch":
        print(f"Kafka broker jars in {broker.fetch_jars()}")
        return 0
    if args.action == "start":
        if not any(broker.libs.glob("kafka_2.13-*.jar")):  # the first start fetches them
            print(f"fetching the Kafka broker jars with Maven into {broker.libs} (first time only)...")
        status = broker.start()
        print(f"broker running (pid {status.pid}); bootstrap servers: {status.bootstrap}")
        print(f"log: {broker.log_path}")
        return 0
    if args.action == "stop":
        print("broker stopped" if broker.stop() else "no broker was running")
        return 0
    status = broker.status()
    if status.running:
        print(f"broker running (pid {status.pid}); bootstrap servers: {status.bootstrap}")
        return 0
    print(f"no broker running at {status.bootstrap}")
    return 1
