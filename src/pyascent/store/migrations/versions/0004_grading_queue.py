"""Attempts graded through the queue: when they were handed to it, when a worker began,
which worker, and how many times a worker began (more than once: a re-delivery).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attempts") as batch:
        batch.add_column(sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("started_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("runs", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("worker", sa.String(200), nullable=True))
    op.create_index("ix_attempts_status", "attempts", ["status"])


def downgrade() -> None:
    op.drop_index("ix_attempts_status", "attempts")
    with op.batch_alter_table("attempts") as batch:
        batch.drop_column("worker")
        batch.drop_column("runs")
        batch.drop_column("started_at")
        batch.drop_column("enqueued_at")
