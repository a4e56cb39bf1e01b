"""Times in UTC: rows SQLite keeps in the offset they were written in (it drops the offset) are rewritten."""

import json
from datetime import datetime, timezone
from typing import Any

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _stored(moment: str | None) -> str | None:
    """A time of an event's JSON as SQLAlchemy writes it into SQLite, in UTC."""
    if not moment:
        return None
    parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    utc = parsed.astimezone(timezone.utc) if parsed.tzinfo else parsed
    return utc.strftime("%Y-%m-%d %H:%M:%S.%f")


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":  # PostgreSQL keeps the offset: its times are instants already
        return
    published: dict[str, str | None] = {}
    updates: list[dict[str, Any]] = []
    for event_id, article_id, payload in connection.exec_driver_sql("SELECT event_id, article_id, payload FROM events"):
        event = json.loads(payload)
        at = _stored(event.get("published_at"))
        published[article_id] = at
        updates.append({"event_id": event_id, "published_at": at,
                        "seen_at": at or _stored(event.get("last_seen"))})
    for update in updates:
        connection.exec_driver_sql("UPDATE events SET published_at = :published_at, seen_at = :seen_at "
                                   "WHERE event_id = :event_id", update)
    for article_id, at in published.items():  # an article without events keeps its time as it was written
        connection.exec_driver_sql("UPDATE articles SET published_at = :at WHERE article_id = :article_id",
                                   {"at": at, "article_id": article_id})


def downgrade() -> None:
    """Times in UTC are right for the schema before too: nothing to undo."""
