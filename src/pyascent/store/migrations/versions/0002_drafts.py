"""Drafts: the code in a learner's editor, saved as they type.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("learner_id", sa.Integer, sa.ForeignKey("learners.id"), nullable=False),
        sa.Column("course_id", sa.String(100), nullable=False),
        sa.Column("exercise_id", sa.String(100), nullable=False),
        sa.Column("files", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("learner_id", "course_id", "exercise_id"),
    )


def downgrade() -> None:
    op.drop_table("drafts")
