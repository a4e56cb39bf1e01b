"""Repair notes: what was changed in an article or event row so that the database would take it."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as table:
        table.add_column(sa.Column("repairs", sa.Text()))
    with op.batch_alter_table("events") as table:
        table.add_column(sa.Column("repairs", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("events") as table:
        table.drop_column("repairs")
    with op.batch_alter_table("articles") as table:
        table.drop_column("repairs")
