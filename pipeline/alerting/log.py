"""The alert log: alerts as JSON lines, each alert once, rotated by size, and a console line."""

import json
import logging
import os
from pathlib import Path
from typing import Iterator

from pipeline.models import Alert, Severity

__all__ = ["AlertLog", "AlertTail", "console_line", "log_files", "read_alerts", "severity_level"]

LEVELS = {Severity.INFO: logging.INFO, Severity.WARNING: logging.WARNING, Severity.CRITICAL: logging.CRITICAL}


def severity_level(severity: Severity) -> int:
    """The logging level an alert of this severity is logged at on the worker's console."""
    return LEVELS[severity]


def console_line(alert: Alert) -> str:
    return f"ALERT [{alert.severity.value.upper()}] {alert.rule}: {alert.message}"


def log_files(path: Path, backups: int = 99) -> list[Path]:
    """The log and its rotated backups, oldest first: alerts.jsonl.3, .2, .1, alerts.jsonl."""
    rotated = [path.with_name(f"{path.name}.{n}") for n in range(backups, 0, -1)]
    return [p for p in [*rotated, path] if p.exists()]


def read_alerts(path: Path) -> Iterator[Alert]:
    """Every alert in the log and its backups, oldest first; lines that are not alerts are passed over."""
    for file in log_files(path):
        with open(file, encoding="utf-8") as lines:
            for line in lines:
                try:
                    yield Alert.model_validate_json(line)
                except ValueError:
                    continue


class AlertTail:
    """Reads the alerts added to a log since the last call, across rotations.

    Rotation renames files, which keeps their inodes: remembering how far each inode was read
    means nothing is read twice and nothing written between two calls is missed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offsets: dict[int, int] = {}

    def new_alerts(self) -> list[Alert]:
        alerts = []
        for file in log_files(self.path):
            with open(file, "rb") as log:
                inode = os.fstat(log.fileno()).st_ino
                log.seek(self.offsets.get(inode, 0))
                data = log.read()
                complete = data[:data.rfind(b"\n") + 1]  # a line still being written waits
                self.offsets[inode] = self.offsets.get(inode, 0) + len(complete)
            for line in complete.splitlines():
                try:
                    alerts.append(Alert.model_validate_json(line))
                except ValueError:
                    continue
        return alerts


class AlertLog:
    """Appends alerts; when the file would pass `max_bytes` it becomes `.1` (and `.1` becomes `.2` …)."""

    def __init__(self, path: Path, max_bytes: int = 10 * 1024 * 1024, backups: int = 5) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups
        self.written: set[str] = set()
        for file in log_files(path, backups):
            for line in file.read_text(encoding="utf-8").splitlines():
                try:
                    self.written.add(json.loads(line)["alert_id"])
                except (ValueError, KeyError, TypeError):
                    continue

    def _rotate(self) -> None:
        oldest = self.path.with_name(f"{self.path.name}.{self.backups}")
        oldest.unlink(missing_ok=True)
        for n in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{n}")
            if older.exists():
                older.rename(self.path.with_name(f"{self.path.name}.{n + 1}"))
        self.path.rename(self.path.with_name(f"{self.path.name}.1"))

    def append(self, alert: Alert) -> bool:
        """Write the alert unless it was written before; True if it was written now."""
        if alert.alert_id in self.written:
            return False
        line = alert.model_dump_json() + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists() and self.path.stat().st_size + len(line.encode()) > self.max_bytes:
            self._rotate()
        with open(self.path, "a", encoding="utf-8") as log:
            log.write(line)
        self.written.add(alert.alert_id)
        return True


