"""How the command line shows events, alerts and other messages to people."""

import json

from pipeline.alerting.log import console_line
from pipeline.models import Actor, Alert, EnrichedEvent
from pipeline.printable import escape_controls

__all__ = ["format_event", "format_message", "actor_names"]


def actor_names(actors: list[Actor]) -> str:
    return escape_controls(", ".join(f"{a.name} ({a.country or a.code or '?'})" for a in actors)) or "-"


def format_event(event: EnrichedEvent) -> str:
    when = event.date or "date unknown"
    where = f" in {escape_controls(event.location.name)}" if event.location else ""
    return (f"{event.event_type.value:9} {actor_names(event.source)} -> {actor_names(event.target)}; "
            f"{event.status.value}, {when}{where}; CAMEO {event.codes.cameo}, Goldstein {event.codes.goldstein:+.1f}; "
            f"cluster {event.cluster_id[:8]} ({event.mentions} mention{'s' if event.mentions != 1 else ''})\n"
            f"          “{escape_controls(event.evidence.text)}” "
            f"[{escape_controls(event.article_id)} {event.evidence.start}:{event.evidence.end}]")


def format_message(raw: bytes) -> str:
    """Events and alerts as readable lines; any other JSON indented; anything else as text."""
    try:
        payload = json.loads(raw)
    except ValueError:
        return escape_controls(raw.decode("utf-8", "replace"))
    if isinstance(payload, dict) and "cluster_id" in payload and "alert_id" not in payload:
        return format_event(EnrichedEvent.model_validate(payload))
    if isinstance(payload, dict) and "alert_id" in payload:
        return console_line(Alert.model_validate(payload))
    # json.dumps escapes only C0 controls; its own newlines are kept, the rest shown as escapes
    return "\n".join(escape_controls(line) for line in json.dumps(payload, indent=2, ensure_ascii=False).split("\n"))
