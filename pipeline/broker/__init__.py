"""A local single-node Apache Kafka broker (KRaft), run from Maven Central jars."""

from pipeline.broker.local import BrokerError, LocalBroker

__all__ = ["BrokerError", "LocalBroker"]
