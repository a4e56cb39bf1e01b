"""Kafka failures as one line that says where, how and what went wrong, and never the password."""

import asyncio
import logging
import ssl
from contextlib import contextmanager
from typing import Iterator

import aiokafka.errors
from kafka.errors import (IllegalSaslStateError, KafkaError, KafkaTimeoutError, SaslAuthenticationFailedError,
                          UnsupportedSaslMechanismError)

from pipeline.kafka.security import KafkaConnection

__all__ = ["BrokerRefused", "BrokerUnreachable", "diagnosed", "explain"]

REFUSALS = (SaslAuthenticationFailedError, UnsupportedSaslMechanismError, IllegalSaslStateError, ssl.SSLError,
            aiokafka.errors.SaslAuthenticationFailed, aiokafka.errors.UnsupportedSaslMechanismError,
            aiokafka.errors.IllegalSaslStateError)


class BrokerUnreachable(RuntimeError):
    """No broker answered at the configured bootstrap servers, or it refused our credentials."""


class BrokerRefused(BrokerUnreachable):
    """A broker answered but refused the credentials or the TLS handshake: waiting will not help."""


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def explain(connection: KafkaConnection, error: BaseException) -> BrokerUnreachable:
    """The error as demarche reports it."""
    where = connection.describe()
    if isinstance(error, ssl.SSLError):
        return BrokerRefused(f"Kafka at {where}: the TLS handshake failed ({_first_line(error)})")
    if isinstance(error, REFUSALS):
        return BrokerRefused(f"Kafka at {where} refused the credentials ({_first_line(error)})")
    if isinstance(error, KafkaTimeoutError):
        hint = ("check the address and the security settings" if connection.uses_sasl or connection.uses_tls
                else "start one with `demarche broker start`")
        return BrokerUnreachable(f"no Kafka broker answers at {where}; {hint}")
    return BrokerUnreachable(f"Kafka at {where}: {_first_line(error)}")


class _RefusalWitness(logging.Handler):
    """Remembers the last refusal kafka-python logged while it kept retrying to bootstrap: it retries
    until its timeout and then reports only the timeout, which would hide a wrong password."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.refusal: BaseException | None = None

    def emit(self, record: logging.LogRecord) -> None:
        for argument in record.args if isinstance(record.args, tuple) else ():
            cause = argument if isinstance(argument, BaseException) else None
            while cause is not None and not isinstance(cause, REFUSALS):
                cause = cause.__cause__ or cause.__context__
            if cause is not None:
                self.refusal = cause


@contextmanager
def _watching(*loggers: str) -> Iterator[_RefusalWitness]:
    witness = _RefusalWitness()
    for name in loggers:
        logging.getLogger(name).addHandler(witness)
    try:
        yield witness
    finally:
        for name in loggers:
            logging.getLogger(name).removeHandler(witness)


async def _bootstrap_with_aiokafka(connection: KafkaConnection) -> None:
    client = aiokafka.AIOKafkaClient(bootstrap_servers=connection.servers, request_timeout_ms=10000,
                                     **connection.aiokafka_options())
    try:
        await client.bootstrap()
    finally:
        await client.close()


def refusal_seen_by_aiokafka(connection: KafkaConnection) -> BaseException | None:
    """Ask once more with aiokafka, the client faust uses: kafka-python (3.0) loses the broker's answer
    to a wrong password over TLS and sees only a closed socket, while aiokafka reads it."""
    with _watching("aiokafka") as witness:
        try:
            asyncio.run(_bootstrap_with_aiokafka(connection))
        except Exception:  # noqa: BLE001 - only the refusal it logged matters here
            pass
    return witness.refusal


@contextmanager
def diagnosed(connection: KafkaConnection) -> Iterator[None]:
    """Turn the Kafka errors of the block into BrokerUnreachable (or BrokerRefused) with the real cause."""
    with _watching("kafka") as witness:
        try:
            yield
        except (KafkaError, ssl.SSLError) as error:
            refusal = witness.refusal
            if refusal is None and isinstance(error, KafkaTimeoutError) and connection.uses_sasl:
                refusal = refusal_seen_by_aiokafka(connection)
            raise explain(connection, refusal or error) from None
