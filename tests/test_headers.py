import faust

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
