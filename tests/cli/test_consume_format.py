"""kcat-style formats for `demarche consume --format`."""

from pipeline.cli.formatting import format_record
from pipeline.kafka.reading import ConsumedRecord

RECORD = ConsumedRecord(topic="events.meet", partition=2, offset=41, timestamp=1794300000000, key=b"abc",
                        value=b'{"n": 1}', headers=[("content-type", b"application/json"), ("schema-version", b"1")])


def test_a_format_shows_key_partition_offset_and_timestamp():
    assert format_record("%k %p:%o %T %s", RECORD) == 'abc 2:41 1794300000000 {"n": 1}\n'


def test_a_format_shows_topic_size_headers_tabs_and_percent_signs():
    assert format_record("%t\\t%S\\t%h 100%%", RECORD) == \
        "events.meet\t8\tcontent-type=application/json,schema-version=1 100%\n"


def test_a_missing_key_prints_as_nothing_and_a_format_ending_in_a_newline_gets_no_second_one():
    keyless = ConsumedRecord("alerts", 0, 0, 0, None, b"x")
    assert format_record("[%k] %s\\n", keyless) == "[] x\n"
