"""The alert log: alerts as JSON lines, each alert once, and a readable line for the console."""

import json
from pathlib import Path

from pipeline.models import Alert

__all__ = ["AlertLog", "console_line"]


def console_line(alert: Alert) -> str:
    return f"ALERT [{alert.severity.value.upper()}] {alert.rule}: {alert.message}"


class AlertLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.written: set[str] = set()
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    self.written.add(json.loads(line)["alert_id"])
                except (ValueError, KeyError, TypeError):
                    continue

    def append(self, alert: Alert) -> bool:
        """Write the alert unless it was written before; True if it was written now."""
        if alert.alert_id in self.written:
            return False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as log:
            log.write(alert.model_dump_json() + "\n")
        self.written.add(alert.alert_id)
        return True
