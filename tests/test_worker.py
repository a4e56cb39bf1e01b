import logging
import socket

import pytest

from pipeline.worker import check_web_port, escape_log_records


def test_an_article_id_with_a_newline_cannot_forge_a_log_line(caplog: pytest.LogCaptureFixture):
    escape_log_records()
    with caplog.at_level(logging.INFO):
        logging.getLogger("pipeline.agents.extract").info("article %s: %d events", "a1\n[ERROR] forged", 2)
    assert caplog.messages == ["article a1\\n[ERROR] forged: 2 events"]


def test_exceptions_given_as_arguments_are_one_line(caplog: pytest.LogCaptureFixture):
    escape_log_records()
    with caplog.at_level(logging.INFO):
        logging.getLogger("pipeline.intake").warning("dead letter: %s", ValueError("line one\nline two"))
    assert caplog.messages == ["dead letter: line one\\nline two"]


def test_other_libraries_log_lines_are_left_as_they_are(caplog: pytest.LogCaptureFixture):
    escape_log_records()
    with caplog.at_level(logging.INFO):
        logging.getLogger("faust.tables").info("table:\n%s", "| a |\n| b |")
    assert caplog.messages == ["table:\n| a |\n| b |"]


def test_a_taken_web_port_is_one_clear_error():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(OSError, match=f"cannot serve /health and /metrics on 127.0.0.1:{port} .*DEMARCHE_WEB_PORT"):
            check_web_port("127.0.0.1", port)


def test_a_free_web_port_passes():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    check_web_port("127.0.0.1", port)
