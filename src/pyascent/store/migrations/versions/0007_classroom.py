"""Classroom mode: accounts, sessions, cohorts, assignments, extensions, scores, audit,
regrades.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("password_hash", sa.String(300), nullable=False),
        sa.Column(
            "learner_id", sa.Integer, sa.ForeignKey("learners.id"), nullable=False, unique=True
        ),
        sa.Column("can_teach", sa.Boolean, nullable=False),
        sa.Column("must_change_password", sa.Boolean, nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", TZ, nullable=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column(
            "account_id",
            sa.Integer,
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
    )
    op.create_table(
        "cohorts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("course_id", sa.String(100), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("join_code", sa.String(32), nullable=False, unique=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "cohort_id", sa.Integer, sa.ForeignKey("cohorts.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "account_id",
            sa.Integer,
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("student_ref", sa.String(100), nullable=True),
        sa.Column("joined_at", TZ, nullable=False),
        sa.UniqueConstraint("cohort_id", "account_id"),
    )
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "cohort_id", sa.Integer, sa.ForeignKey("cohorts.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("release_at", TZ, nullable=False),
        sa.Column("due_at", TZ, nullable=False),
        sa.Column("late_until", TZ, nullable=True),
        sa.Column("late_credit", sa.Float, nullable=False),
        sa.Column("runs_per_window", sa.Integer, nullable=True),
        sa.Column("window_minutes", sa.Integer, nullable=True),
        sa.Column("exercises", sa.Text, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    assignment_fk = sa.ForeignKey("assignments.id", ondelete="CASCADE")
    account_fk = sa.ForeignKey("accounts.id", ondelete="CASCADE")
    op.create_table(
        "extensions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("assignment_id", sa.Integer, assignment_fk, nullable=False),
        sa.Column("account_id", sa.Integer, account_fk, nullable=False),
        sa.Column("due_at", TZ, nullable=False),
        sa.Column("late_until", TZ, nullable=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("granted_by", sa.String(100), nullable=False),
        sa.Column("granted_at", TZ, nullable=False),
        sa.UniqueConstraint("assignment_id", "account_id"),
    )
    op.create_table(
        "score_overrides",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "assignment_id",
            sa.Integer,
            sa.ForeignKey("assignments.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "account_id",
            sa.Integer,
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("exercise_id", sa.String(100), nullable=False),
        sa.Column("credit", sa.Float, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("set_by", sa.String(100), nullable=False),
        sa.Column("set_at", TZ, nullable=False),
        sa.UniqueConstraint("assignment_id", "account_id", "exercise_id"),
    )
    op.create_table(
        "scores",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "assignment_id",
            sa.Integer,
            sa.ForeignKey("assignments.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "account_id",
            sa.Integer,
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("exercise_id", sa.String(100), nullable=False),
        sa.Column("credit", sa.Float, nullable=False),
        sa.Column("basis", sa.String(20), nullable=False),
        sa.Column("passed_at", TZ, nullable=True),
        sa.Column("attempts_through", sa.Integer, nullable=False),
        sa.Column("computed_at", TZ, nullable=False),
        sa.UniqueConstraint("assignment_id", "account_id", "exercise_id"),
    )
    op.create_index("ix_scores_assignment", "scores", ["assignment_id"])
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TZ, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("cohort_id", sa.Integer, nullable=True),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_cohort", "audit_events", ["cohort_id"])
    op.create_table(
        "regrades",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "cohort_id", sa.Integer, sa.ForeignKey("cohorts.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("exercise_id", sa.String(100), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("requested_by", sa.String(100), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("finished_at", TZ, nullable=True),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("done", sa.Integer, nullable=False),
        sa.Column("error", sa.Text, nullable=True),
    )
    op.create_table(
        "regrade_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "regrade_id",
            sa.Integer,
            sa.ForeignKey("regrades.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("attempt_id", sa.Integer, sa.ForeignKey("attempts.id"), nullable=False),
        sa.Column("old_status", sa.String(20), nullable=False),
        sa.Column("new_status", sa.String(20), nullable=True),
        sa.Column("old_verdict", sa.Text, nullable=False),
        sa.Column("new_verdict", sa.Text, nullable=True),
        sa.UniqueConstraint("regrade_id", "attempt_id"),
    )
    # the grid and the clusters read a cohort's progress and failing attempts by learner
    with op.batch_alter_table("exercise_progress") as batch:
        batch.add_column(sa.Column("runs", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("fails_in_row", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("best_passed", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("progress_at", TZ, nullable=True))
        batch.add_column(sa.Column("last_run_at", TZ, nullable=True))
    op.create_index("ix_progress_learner", "exercise_progress", ["learner_id", "course_id"])


def downgrade() -> None:
    op.drop_index("ix_progress_learner", "exercise_progress")
    with op.batch_alter_table("exercise_progress") as batch:
        for column in ("last_run_at", "progress_at", "best_passed", "fails_in_row", "runs"):
            batch.drop_column(column)
    for table in (
        "regrade_items",
        "regrades",
        "audit_events",
        "scores",
        "score_overrides",
        "extensions",
        "assignments",
        "memberships",
        "cohorts",
        "web_sessions",
        "accounts",
    ):
        op.drop_table(table)
