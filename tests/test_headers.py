import asyncio

import faust
from faust.types.tuples import FutureMessage, PendingMessage

from pipeline.headers import message_headers
from pipeline.kafka.headed_topic import HeadedTopic


def test_headers_say_json_and_the_schema_version():
    assert message_headers() == [("content-type", b"application/json"), ("schema-version", b"1")]
    assert message_headers(2)[1] == ("schema-version", b"2")


def test_the_app_topic_adds_the_headers_and_keeps_a_senders_own():
    app = faust.App("headers-test", broker="memory://", Topic=HeadedTopic)
    topic = app.topic("t", value_type=bytes, value_serializer="raw")
    assert isinstance(topic, HeadedTopic)
    assert topic.prepare_headers(None) == dict(message_headers())
    assert topic.prepare_headers([("trace", b"x")]) == [("trace", b"x"), *message_headers()]
    assert topic.prepare_headers({"schema-version": b"9"}) == {"schema-version": b"9", "content-type": b"application/json"}


def test_a_send_cancelled_by_a_stop_cancels_its_message_instead_of_raising_in_the_callback():
    async def cancelled_send() -> FutureMessage:
        app = faust.App("cancel-test", broker="memory://", Topic=HeadedTopic)
        topic = app.topic("t", value_type=bytes, value_serializer="raw")
        message = FutureMessage(PendingMessage(topic, b"k", b"v", None, None, None, None, None, None))
        sent = asyncio.get_running_loop().create_future()
        sent.cancel()  # the producer stopped before the broker had it
        topic._on_published(sent, message, None, None)  # type: ignore[arg-type]
        return message

    assert asyncio.run(cancelled_send()).cancelled()
