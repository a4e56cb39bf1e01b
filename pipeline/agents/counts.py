"""Periodic counts for the log: one info line every so often instead of a line per message."""

import logging
import time

__all__ = ["PeriodicCount"]


class PeriodicCount:
    """Sums of what an agent did, logged at info level at most once per `every` seconds."""

    def __init__(self, log: logging.Logger, message: str, every: float = 10.0) -> None:
        self.log = log
        self.message = message
        self.every = every
        self.sums: list[int] = []
        self.since = time.monotonic()

    def add(self, *values: int) -> None:
        self.sums = [a + b for a, b in zip(self.sums, values)] if self.sums else list(values)
        if time.monotonic() - self.since >= self.every:
            self.flush()

    def flush(self) -> None:
        """Log the sums so far (if anything was counted) and start again."""
        if any(self.sums):
            self.log.info(self.message, *self.sums)
        self.sums = []
        self.since = time.monotonic()
