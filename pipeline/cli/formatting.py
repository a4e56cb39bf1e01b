"""How the command line shows events, alerts, records and other messages to people."""

import json
import re
from typing import TYPE_CHECKING

from pipeline.alerting.log import console_line
from pipeline.models import Actor, Alert, EnrichedEvent

if TYPE_CHECKING:
    from pipeline.kafka.reading import ConsumedRecord

__all__ = ["format_event", "format_message", "format_record", "actor_names"]

RECORD_TOKENS = re.compile(r"%[tposkSTh%]|\\[nt]")


def actor_names(actors: list[Actor]) -> str:
    return ", ".join(f"{a.name} ({a.country or a.code or '?'})" for a in actors) or "-"


def format_event(event: EnrichedEvent) -> str:
    when = event.date or "date unknown"
    where = f" in {event.location.name}" if event.location else ""
    return (f"{event.event_type.value:9} {actor_names(event.source)} -> {actor_names(event.target)}; "
            f"{event.status.value}, {when}{where}; CAMEO {event.codes.cameo}, Goldstein {event.codes.goldstein:+.1f}; "
            f"cluster {event.cluster_id[:8]} ({event.mentions} mention{'s' if event.mentions != 1 else ''})\n"
            f"          “{event.evidence.text}” [{event.article_id} {event.evidence.start}:{event.evidence.end}]")


def format_message(raw: bytes) -> str:
    """Events and alerts as readable lines; any other JSON indented; anything else as text."""
    try:
        payload = json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace")
    if isinstance(payload, dict) and "cluster_id" in payload and "alert_id" not in payload:
        return format_event(EnrichedEvent.model_validate(payload))
    if isinstance(payload, dict) and "alert_id" in payload:
        return console_line(Alert.model_validate(payload))
    return json.dumps(payload, indent=2, ensure_ascii=False)


def format_record(template: str, record: "ConsumedRecord") -> str:
    """A record through a kcat-style format ("%p:%o %k %s"), ending in a newline.

    %t topic, %p partition, %o offset, %k key, %s value, %S value size in bytes, %T timestamp in ms,
    %h headers as name=value pairs, %% a percent sign, \\n and \\t."""
    def text(raw: bytes | None) -> str:
        return raw.decode("utf-8", "replace") if raw is not None else ""

    values = {"%t": record.topic, "%p": str(record.partition), "%o": str(record.offset), "%k": text(record.key),
              "%s": text(record.value), "%S": str(len(record.value)), "%T": str(record.timestamp),
              "%h": ",".join(f"{name}={text(value)}" for name, value in record.headers), "%%": "%",
              "\\n": "\n", "\\t": "\t"}
    line = RECORD_TOKENS.sub(lambda match: values[match.group(0)], template)
    return line if line.endswith("\n") else line + "\n"
