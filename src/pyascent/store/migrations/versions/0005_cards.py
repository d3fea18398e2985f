"""Spaced-repetition cards: each learner's state of each card (FSRS), and every review.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "card_states",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("learner_id", sa.Integer, sa.ForeignKey("learners.id"), nullable=False),
        sa.Column("course_id", sa.String(100), nullable=False),
        sa.Column("card_id", sa.String(200), nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviews", sa.Integer, nullable=False, server_default="0"),
        sa.Column("lapses", sa.Integer, nullable=False, server_default="0"),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("learner_id", "course_id", "card_id"),
    )
    op.create_index("ix_card_states_due", "card_states", ["learner_id", "course_id", "due"])
    op.create_table(
        "card_reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("learner_id", sa.Integer, sa.ForeignKey("learners.id"), nullable=False),
        sa.Column("course_id", sa.String(100), nullable=False),
        sa.Column("card_id", sa.String(200), nullable=False),
        sa.Column("rating", sa.String(10), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("card_reviews")
    op.drop_index("ix_card_states_due", "card_states")
    op.drop_table("card_states")
