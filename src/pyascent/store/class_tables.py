"""Tables of classroom mode: accounts and their sessions, cohorts, assignments, scores.

Kept apart from the learner's tables (tables.py) because a single learner on localhost never
touches them; they share the one `Base`, so Alembic sees every table. An account owns one
learner row: the learner's attempts, progress and cards stay where they always were.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from pyascent.store.tables import Base


class AccountRow(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), nullable=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id"), unique=True)
    can_teach: Mapped[bool] = mapped_column(Boolean, default=False)  # may create cohorts
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WebSessionRow(Base):
    """A signed-in browser: only the token's SHA-256 is kept, so a stolen database row
    cannot be replayed as a cookie."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CohortRow(Base):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    join_code: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MembershipRow(Base):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("cohort_id", "account_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))  # owner | instructor | ta | student
    student_ref: Mapped[str | None] = mapped_column(String(100), nullable=True)  # SIS id
    joined_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AssignmentRow(Base):
    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    release_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    late_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    late_credit: Mapped[float] = mapped_column(Float, default=0.0)
    runs_per_window: Mapped[int | None] = mapped_column(Integer, nullable=True)
    window_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    exercises: Mapped[str] = mapped_column(Text)  # JSON: ["exercise-id", ...] in order
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ExtensionRow(Base):
    __tablename__ = "extensions"
    __table_args__ = (UniqueConstraint("assignment_id", "account_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    late_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    granted_by: Mapped[str] = mapped_column(String(100))
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class OverrideRow(Base):
    """A score set by hand: kept over every recomputation and regrade until removed."""

    __tablename__ = "score_overrides"
    __table_args__ = (UniqueConstraint("assignment_id", "account_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(String(100))
    credit: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(String(100))
    set_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ScoreRow(Base):
    """The stored score of one student's exercise in an assignment.

    `attempts_through` is the newest attempt id it saw: a score whose student has a newer
    attempt at one of the assignment's exercises is stale and is recomputed before it is read.
    """

    __tablename__ = "scores"
    __table_args__ = (
        UniqueConstraint("assignment_id", "account_id", "exercise_id"),
        Index("ix_scores_assignment", "assignment_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(String(100))
    credit: Mapped[float] = mapped_column(Float)
    basis: Mapped[str] = mapped_column(String(20))  # on-time | late | too-late | none | override
    passed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    attempts_through: Mapped[int] = mapped_column(Integer)
    computed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditRow(Base):
    """Append-only: who changed what, from what to what. Each row carries the SHA-256 of
    the previous row's hash and its own fields, so an edited row breaks the chain."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_cohort", "cohort_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(100))
    cohort_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(50))
    subject: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text)  # JSON: {"old": ..., "new": ...}
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class RegradeRow(Base):
    __tablename__ = "regrades"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(20))  # queued | running | graded | applied | failed
    requested_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)


class RegradeItemRow(Base):
    """One submission re-run by a regrade: its verdict before and after."""

    __tablename__ = "regrade_items"
    __table_args__ = (UniqueConstraint("regrade_id", "attempt_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    regrade_id: Mapped[int] = mapped_column(ForeignKey("regrades.id", ondelete="CASCADE"))
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"))
    old_status: Mapped[str] = mapped_column(String(20))
    new_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    old_verdict: Mapped[str] = mapped_column(Text)
    new_verdict: Mapped[str | None] = mapped_column(Text, nullable=True)
