"""The checked sender without a broker: a producer that refuses, times out or never answers."""

from typing import Any

from kafka.errors import KafkaTimeoutError, MessageSizeTooLargeError
from kafka.producer.future import FutureProduceResult, FutureRecordMetadata

from pipeline.producing.sending import CheckedSender


class Producer:
    """Acknowledges keys starting with "ok", fails "bad", never answers "slow", blocks on "gone"."""

    def __init__(self) -> None:
        self.closed = False

    def send(self, topic: str, key: bytes, value: bytes, headers: Any = None) -> Any:
        if key.startswith(b"gone"):
            raise KafkaTimeoutError("Failed to update metadata after 10.0 secs.")
        if key.startswith(b"big"):
            raise MessageSizeTooLargeError("The message is 2000000 bytes when serialized")
        future = FutureRecordMetadata(FutureProduceResult(None), 0, 0, None, len(key), len(value), -1)
        if key.startswith(b"ok"):
            future.success(object())
        elif key.startswith(b"bad"):
            future.failure(MessageSizeTooLargeError("refused by the broker"))
        return future

    def flush(self, timeout: float | None = None) -> None:
        raise KafkaTimeoutError("Timeout waiting for future")

    def close(self, timeout: float | None = None) -> None:
        self.closed = True


def test_acknowledged_refused_and_unanswered_sends_are_each_reported():
    producer = Producer()
    sender = CheckedSender(producer, "articles.raw")  # type: ignore[arg-type]
    for key in (b"ok-1", b"bad-1", b"slow-1", b"big-1", b"ok-2"):
        sender.send(key, b"{}", key.decode())
    report = sender.finish(timeout=5)
    assert report.acknowledged == 2 and not report.complete
    assert sorted(origin for origin, _reason in report.failed) == ["bad-1", "big-1", "slow-1"]
    assert dict(report.failed)["slow-1"] == "not acknowledged within 5s"
    assert producer.closed


def test_after_the_broker_stops_answering_the_rest_is_not_tried_but_reported():
    sender = CheckedSender(Producer(), "articles.raw")  # type: ignore[arg-type]
    for key in (b"ok-1", b"gone-1", b"ok-2", b"ok-3"):
        sender.send(key, b"{}", key.decode())
    report = sender.finish(timeout=1)
    assert report.acknowledged == 1
    assert report.reasons() == {"the broker did not answer in time": 1,
                                "not tried: the broker had stopped answering": 2}
