"""The tutor's log: every turn, the level it gave, and what the guard rejected.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tutor_turns",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("learner_id", sa.Integer, sa.ForeignKey("learners.id"), nullable=False),
        sa.Column("course_id", sa.String(100), nullable=False),
        sa.Column("exercise_id", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("level", sa.Integer, nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("intent", sa.String(30), nullable=False),
        sa.Column("asked", sa.Text, nullable=False),
        sa.Column("turn", sa.Text, nullable=False),
        sa.Column("guard", sa.Text, nullable=False),
        sa.Column("latency_ms", sa.Integer, nullable=False),
        sa.Column("endpoint", sa.String(300), nullable=True),
    )
    op.create_index(
        "ix_tutor_turns_exercise", "tutor_turns", ["learner_id", "course_id", "exercise_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_tutor_turns_exercise", "tutor_turns")
    op.drop_table("tutor_turns")
