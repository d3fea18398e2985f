"""Tables of the progress store (SQLAlchemy 2 declarative models).

Attempts keep the learner's code and the whole verdict as JSON: the history must survive
later changes to the verdict format, and nothing a learner submitted may be lost.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Learner(Base):
    __tablename__ = "learners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Attempt(Base):
    __tablename__ = "attempts"
    __table_args__ = (
        Index("ix_attempts_learner_exercise", "learner_id", "course_id", "exercise_id"),
        Index("ix_attempts_status", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id"))
    course_id: Mapped[str] = mapped_column(String(100))
    exercise_id: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(20))
    files: Mapped[str] = mapped_column(Text)  # JSON: {"name.py": "code"}
    status: Mapped[str] = mapped_column(String(20))  # pending until graded, or not-graded
    verdict: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)  # why it is not graded
    holder: Mapped[str | None] = mapped_column(String(200), nullable=True)  # see holders.py
    # Graded through the queue (grading_queue.py): handed to it, begun by a worker, by whom,
    # and how many times a worker began it (at-least-once delivery may run it twice).
    enqueued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    runs: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    worker: Mapped[str | None] = mapped_column(String(200), nullable=True)


class ExerciseProgress(Base):
    __tablename__ = "exercise_progress"
    __table_args__ = (
        UniqueConstraint("learner_id", "course_id", "exercise_id"),
        Index("ix_progress_learner", "learner_id", "course_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id"))
    course_id: Mapped[str] = mapped_column(String(100))
    exercise_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20))  # new | attempted | done
    hints_shown: Mapped[int] = mapped_column(Integer, default=0)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    solution_viewed: Mapped[bool] = mapped_column(Boolean, default=False)
    first_passed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # What an instructor's grid reads without scanning attempts (kept by counting.py): graded
    # runs, failing runs since the last pass or new passing test, the most tests passed at
    # once, when that number last rose, and when the last graded run was.
    runs: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    fails_in_row: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    best_passed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    progress_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_run_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Setting(Base):
    __tablename__ = "settings"
    __table_args__ = (UniqueConstraint("learner_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id"))
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text)


class Draft(Base):
    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("learner_id", "course_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id"))
    course_id: Mapped[str] = mapped_column(String(100))
    exercise_id: Mapped[str] = mapped_column(String(100))
    files: Mapped[str] = mapped_column(Text)  # JSON: {"name.py": "code"}
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CardState(Base):
    """One learner's memory of one card, as the scheduler (tutor/cards.py) keeps it."""

    __tablename__ = "card_states"
    __table_args__ = (
        UniqueConstraint("learner_id", "course_id", "card_id"),
        Index("ix_card_states_due", "learner_id", "course_id", "due"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id"))
    course_id: Mapped[str] = mapped_column(String(100))
    card_id: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(Text)  # JSON: the scheduler's own fields
    due: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reviews: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    lapses: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CardReview(Base):
    __tablename__ = "card_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id"))
    course_id: Mapped[str] = mapped_column(String(100))
    card_id: Mapped[str] = mapped_column(String(200))
    rating: Mapped[str] = mapped_column(String(10))
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class TutorTurnRow(Base):
    """Every tutor turn, kept locally: what was asked, what was delivered and why.

    The ladder's state (the level reached, at which attempt, the hints given) is read back
    from these rows, so a reload or a second device cannot reset it.
    """

    __tablename__ = "tutor_turns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id"))
    course_id: Mapped[str] = mapped_column(String(100))
    exercise_id: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer)  # checks made when the turn was given
    level: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(20))  # ladder | llm
    intent: Mapped[str] = mapped_column(String(30))
    asked: Mapped[str] = mapped_column(Text)  # the learner's message, as typed
    turn: Mapped[str] = mapped_column(Text)  # JSON: the delivered turn
    guard: Mapped[str] = mapped_column(Text)  # JSON: violations of rejected model turns
    latency_ms: Mapped[int] = mapped_column(Integer)
    endpoint: Mapped[str | None] = mapped_column(String(300), nullable=True)  # None: offline
