"""Send articles and know what the broker acknowledged: every send is checked, every wait bounded."""

import itertools
import threading
from dataclasses import dataclass, field
from typing import Any

from kafka import KafkaProducer
from kafka.errors import KafkaError, KafkaTimeoutError

__all__ = ["CheckedSender", "SendReport"]


@dataclass
class SendReport:
    """What the broker acknowledged, and what it did not, with the reason, by origin (file:line)."""

    acknowledged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.failed

    def reasons(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _origin, reason in self.failed:
            counts[reason] = counts.get(reason, 0) + 1
        return counts


class CheckedSender:
    """Sends through a kafka-python producer and records each delivery's outcome.

    `send` returns at once (or after at most the producer's `max_block_ms` when the broker cannot be
    reached); `finish` waits at most `timeout` seconds for the acknowledgements still due, and every
    record not acknowledged by then is reported as not sent."""

    def __init__(self, producer: KafkaProducer, topic: str) -> None:
        self.producer = producer
        self.topic = topic
        self.report = SendReport()
        self._pending: dict[int, tuple[str, Any]] = {}
        self._numbers = itertools.count()
        self._lock = threading.Lock()  # delivery callbacks run on the producer's I/O thread
        self._unreachable = False

    def send(self, key: bytes | None, value: bytes, origin: str,
             headers: list[tuple[str, bytes]] | None = None) -> None:
        if self._unreachable:  # each further send would block as long again
            with self._lock:
                self.report.failed.append((origin, "not tried: the broker had stopped answering"))
            return
        try:
            future = self.producer.send(self.topic, key=key, value=value, headers=headers)
        except KafkaError as error:  # no metadata within max_block_ms, a record too large …
            self._unreachable = isinstance(error, KafkaTimeoutError)
            with self._lock:
                self.report.failed.append((origin, _reason(error)))
            return
        number = next(self._numbers)
        with self._lock:
            self._pending[number] = (origin, future)
        future.add_callback(self._acknowledged, number)
        future.add_errback(self._refused, number)

    def _acknowledged(self, number: int, _metadata: Any) -> None:
        with self._lock:
            if self._pending.pop(number, None) is not None:
                self.report.acknowledged += 1

    def _refused(self, number: int, error: BaseException) -> None:
        with self._lock:
            entry = self._pending.pop(number, None)
            if entry is not None:
                self.report.failed.append((entry[0], _reason(error)))

    def finish(self, timeout: float) -> SendReport:
        """Wait up to `timeout` seconds for the outstanding acknowledgements, then close."""
        try:
            self.producer.flush(timeout=timeout)
        except KafkaError:
            pass  # what is still pending is reported below
        with self._lock:
            for origin, _future in self._pending.values():
                self.report.failed.append((origin, f"not acknowledged within {timeout:.0f}s"))
            self._pending.clear()
        try:
            self.producer.close(timeout=1)
        except KafkaError:  # close flushes again and gives up: abandon what is left
            sender = getattr(self.producer, "_sender", None)
            if sender is not None:
                sender.force_close()
        return self.report


def _reason(error: BaseException) -> str:
    if isinstance(error, KafkaTimeoutError):
        return "the broker did not answer in time"
    return f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}".rstrip(": ")
