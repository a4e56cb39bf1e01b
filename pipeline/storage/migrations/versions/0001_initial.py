"""Initial tables: articles, events, event_actors, clusters."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("article_id", sa.String(128), primary_key=True),
        sa.Column("url", sa.Text()),
        sa.Column("title", sa.Text()),
        sa.Column("source", sa.String(256)),
        sa.Column("language", sa.String(16)),
        sa.Column("published_at", sa.DateTime(timezone=True)),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_source", "articles", ["source"])
    op.create_index("ix_articles_published_at", "articles", ["published_at"])
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("article_id", sa.String(128), nullable=False),
        sa.Column("event_type", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("event_date", sa.String(10)),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("pair", sa.String(256), nullable=False),
        sa.Column("source_codes", sa.String(256), nullable=False),
        sa.Column("target_codes", sa.String(256), nullable=False),
        sa.Column("cluster_id", sa.String(64), nullable=False),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.Column("cameo", sa.String(8), nullable=False),
        sa.Column("goldstein", sa.Float(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True)),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
    )
    op.create_index("ix_events_article_id", "events", ["article_id"])
    op.create_index("ix_events_cluster_id", "events", ["cluster_id"])
    op.create_index("ix_events_type_seen", "events", ["event_type", "seen_at"])
    op.create_index("ix_events_pair_seen", "events", ["pair", "seen_at"])
    op.create_index("ix_events_day", "events", ["day"])
    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.String(64), sa.ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("side", sa.String(8), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("actor_id", sa.String(256)),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("code", sa.String(32)),
        sa.Column("role", sa.Text()),
    )
    op.create_index("ix_event_actors_actor_id", "event_actors", ["actor_id"])
    op.create_index("ix_event_actors_country", "event_actors", ["country"])
    op.create_index("ix_event_actors_code", "event_actors", ["code"])
    op.create_table(
        "clusters",
        sa.Column("cluster_id", sa.String(64), primary_key=True),
        sa.Column("event_type", sa.String(16), nullable=False),
        sa.Column("pair", sa.String(256), nullable=False),
        sa.Column("event_date", sa.String(10)),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_clusters_pair", "clusters", ["pair"])


def downgrade() -> None:
    op.drop_table("clusters")
    op.drop_table("event_actors")
    op.drop_table("events")
    op.drop_table("articles")
