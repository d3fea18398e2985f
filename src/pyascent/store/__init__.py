"""The store: the only package that speaks SQL (SQLAlchemy 2 + Alembic)."""

from pyascent.store.accounts import AccountRecord, AccountStore, Taken, learner_name_of
from pyascent.store.audit import AuditRecord, AuditStore
from pyascent.store.cards import CardRecord, CardStore
from pyascent.store.class_reads import (
    ClassReads,
    FailingRun,
    GradedRun,
    GridRow,
    ScoreRecord,
)
from pyascent.store.cohorts import (
    AssignmentRecord,
    CohortRecord,
    CohortStore,
    ExtensionRecord,
    MemberRecord,
    OverrideRecord,
)
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
from pyascent.store.regrades import RegradeItem, RegradeRecord, RegradeStore
from pyascent.store.tutor_log import TutorLogStore, TutorTurnRecord

__all__ = [
    "HEAD_REVISION",
    "NOT_GRADED",
    "QUEUED",
    "RUNNING",
    "AccountRecord",
    "AccountStore",
    "AssignmentRecord",
    "AttemptRecord",
    "AuditRecord",
    "AuditStore",
    "CardRecord",
    "CardStore",
    "ClassReads",
    "CohortRecord",
    "CohortStore",
    "ExtensionRecord",
    "FailingRun",
    "GradedRun",
    "GradingQueueStore",
    "GridRow",
    "IndexedSection",
    "LessonIndex",
    "MemberRecord",
    "NotFound",
    "OverrideRecord",
    "ProgressRecord",
    "ProgressStore",
    "QueueCounts",
    "QueuedAttempt",
    "RegradeItem",
    "RegradeRecord",
    "RegradeStore",
    "ScoreRecord",
    "SearchHit",
    "StoreError",
    "Taken",
    "TutorLogStore",
    "TutorTurnRecord",
    "describe_url",
    "head_revision_of_scripts",
    "learner_name_of",
    "sqlite_url",
]
