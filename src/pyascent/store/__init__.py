"""The store: the only package that speaks SQL (SQLAlchemy 2 + Alembic)."""

from pyascent.store.cards import CardRecord, CardStore
from pyascent.store.counting import ProgressRecord
from pyascent.store.database import HEAD_REVISION, head_revision_of_scripts, sqlite_url
from pyascent.store.database import describe as describe_url
from pyascent.store.errors import NotFound, StoreError
from pyascent.store.grading_queue import GradingQueueStore, QueueCounts, QueuedAttempt
from pyascent.store.lesson_index import IndexedSection, LessonIndex, SearchHit
from pyascent.store.progress import (
    NOT_GRADED,
    QUEUED,
    RUNNING,
    AttemptRecord,
    ProgressStore,
)
from pyascent.store.tutor_log import TutorLogStore, TutorTurnRecord

__all__ = [
    "HEAD_REVISION",
    "NOT_GRADED",
    "QUEUED",
    "RUNNING",
    "AttemptRecord",
    "CardRecord",
    "CardStore",
    "GradingQueueStore",
    "IndexedSection",
    "LessonIndex",
    "NotFound",
    "ProgressRecord",
    "ProgressStore",
    "QueueCounts",
    "QueuedAttempt",
    "SearchHit",
    "StoreError",
    "TutorLogStore",
    "TutorTurnRecord",
    "describe_url",
    "head_revision_of_scripts",
    "sqlite_url",
]
