"""The faust worker as demarche runs it: log lines that article text cannot forge, and a bounded stop."""

import logging
import os
import socket
import threading
from typing import Any, Mapping

import faust

from pipeline.printable import escape_controls

__all__ = ["BoundedWorker", "escape_log_records", "check_web_port", "FORCED_EXIT_STATUS"]

FORCED_EXIT_STATUS = 75  # EX_TEMPFAIL: stopped without finishing; what was not committed is read again
OUR_LOGGERS = ("pipeline", "demarche")
log = logging.getLogger(__name__)


def _escaped_argument(value: Any) -> Any:
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return escape_controls(value if isinstance(value, str) else str(value))


def _escaped_arguments(args: Any) -> Any:
    if isinstance(args, Mapping):
        return {key: _escaped_argument(value) for key, value in args.items()}
    if isinstance(args, tuple):
        return tuple(_escaped_argument(value) for value in args)
    return args


def escape_log_records(loggers: tuple[str, ...] = OUR_LOGGERS) -> None:
    """Escape control characters in the arguments and messages of demarche's own log records, so an
    article id holding a newline or an ANSI escape cannot write a line of its own into the log."""
    make_record = logging.getLogRecordFactory()
    if getattr(make_record, "escapes_controls", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        if record.name.startswith(loggers):
            if isinstance(record.msg, str):
                record.msg = escape_controls(record.msg)
            record.args = _escaped_arguments(record.args)
        return record

    factory.escapes_controls = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


def check_web_port(host: str, port: int) -> None:
    """Fail in one line, before anything starts, when the health and metrics port is taken."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise OSError(f"cannot serve /health and /metrics on {host}:{port} ({error.strerror}); "
                          "set DEMARCHE_WEB_PORT to a free port") from None


class BoundedWorker(faust.Worker):
    """A worker that, once told to stop, exits within `shutdown_timeout` seconds whatever it waits for.

    faust commits the offset of a message only after every agent has finished with it (the storage
    sink after its batch is in the database). On a stop signal the worker no longer waits for the
    messages already fetched to be worked off (faust's `stream_wait_empty`, which under a backlog
    can wait for minutes). It commits what its agents have acknowledged at that moment and then
    commits nothing more: an agent cancelled in the middle of a `take()` batch acknowledges the
    whole batch as it unwinds (faust acks in a `finally`), and committing that would skip rows that
    never reached the database. The next worker reads the rest again. Should anything else hang, a
    timer ends the process at the deadline; nothing uncommitted is lost that way either."""

    def __init__(self, app: faust.App, *args: Any, shutdown_timeout: float = 30.0, **kwargs: Any) -> None:
        super().__init__(app, *args, **kwargs)
        self.shutdown_timeout = shutdown_timeout
        self._deadline: threading.Timer | None = None

    def _start_deadline(self) -> None:
        self.app.conf.stream_wait_empty = False  # only for this stop: rebalances still wait
        if self._deadline is None:
            self._deadline = threading.Timer(self.shutdown_timeout, self._exit_now)
            self._deadline.daemon = True
            self._deadline.start()

    def _exit_now(self) -> None:
        log.warning("the worker did not stop within %.0fs; exiting now (uncommitted messages are read again)",
                    self.shutdown_timeout)
        logging.shutdown()
        os._exit(FORCED_EXIT_STATUS)

    async def _stop_on_signal(self, signal: Any) -> None:
        await self._commit_then_freeze()
        await super()._stop_on_signal(signal)

    async def _commit_then_freeze(self) -> None:
        consumer = self.app.consumer
        try:
            await consumer.commit()
        except Exception as error:  # noqa: BLE001 - nothing committed now is read again later
            log.warning("the last commit before stopping failed: %s", error)

        async def commit_nothing(*args: Any, **kwargs: Any) -> bool:
            return False

        consumer.commit = commit_nothing  # type: ignore[method-assign]

    def _on_sigterm(self) -> None:
        self._start_deadline()
        super()._on_sigterm()

    def _on_sigint(self) -> None:
        self._start_deadline()
        super()._on_sigint()
