"""Cohorts, their members and roles, assignments, extensions and hand-set scores.

Who may do what is decided in services (class_access.py); this module only keeps what was
decided. Every write commits at once, like the learner's store. Just over the usual size:
it is one small query per use case over five tables that are read together, and splitting
them would put an assignment's extensions and overrides apart from the assignment.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from pyascent.store.accounts import Taken
from pyascent.store.class_tables import (
    AccountRow,
    AssignmentRow,
    CohortRow,
    ExtensionRow,
    MembershipRow,
    OverrideRow,
)
from pyascent.store.database import translated
from pyascent.store.errors import NotFound


def aware(stamp: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every stamp here was stored in UTC."""
    if stamp is None or stamp.tzinfo is not None:
        return stamp
    return stamp.replace(tzinfo=UTC)


def _aware(stamp: datetime) -> datetime:
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)


@dataclass(frozen=True)
class CohortRecord:
    id: int
    course_id: str
    name: str
    join_code: str
    created_at: datetime


@dataclass(frozen=True)
class MemberRecord:
    account_id: int
    username: str
    display_name: str
    email: str | None
    learner_id: int
    role: str
    student_ref: str | None


@dataclass(frozen=True)
class AssignmentRecord:
    id: int
    cohort_id: int
    title: str
    release_at: datetime
    due_at: datetime
    late_until: datetime | None
    late_credit: float
    runs_per_window: int | None
    window_minutes: int | None
    exercises: tuple[str, ...]


@dataclass(frozen=True)
class ExtensionRecord:
    assignment_id: int
    account_id: int
    due_at: datetime
    late_until: datetime | None
    reason: str
    granted_by: str
    granted_at: datetime


@dataclass(frozen=True)
class OverrideRecord:
    assignment_id: int
    account_id: int
    exercise_id: str
    credit: float
    reason: str
    set_by: str
    set_at: datetime


def _cohort(row: CohortRow) -> CohortRecord:
    return CohortRecord(row.id, row.course_id, row.name, row.join_code, _aware(row.created_at))


def _assignment(row: AssignmentRow) -> AssignmentRecord:
    return AssignmentRecord(
        id=row.id,
        cohort_id=row.cohort_id,
        title=row.title,
        release_at=_aware(row.release_at),
        due_at=_aware(row.due_at),
        late_until=aware(row.late_until),
        late_credit=row.late_credit,
        runs_per_window=row.runs_per_window,
        window_minutes=row.window_minutes,
        exercises=tuple(json.loads(row.exercises)),
    )


def _extension(row: ExtensionRow) -> ExtensionRecord:
    return ExtensionRecord(
        row.assignment_id,
        row.account_id,
        _aware(row.due_at),
        aware(row.late_until),
        row.reason,
        row.granted_by,
        _aware(row.granted_at),
    )


def _override(row: OverrideRow) -> OverrideRecord:
    return OverrideRecord(
        row.assignment_id,
        row.account_id,
        row.exercise_id,
        row.credit,
        row.reason,
        row.set_by,
        _aware(row.set_at),
    )


class CohortStore:
    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def _session(self) -> Session:
        return self._sessions()

    # -- cohorts and members ------------------------------------------------------------

    def create_cohort(
        self, course_id: str, name: str, join_code: str, owner_id: int, now: datetime
    ) -> CohortRecord:
        with translated(self.url), self._session() as session:
            row = CohortRow(course_id=course_id, name=name, join_code=join_code, created_at=now)
            session.add(row)
            session.flush()
            session.add(
                MembershipRow(cohort_id=row.id, account_id=owner_id, role="owner", joined_at=now)
            )
            try:
                session.commit()
            except IntegrityError as exc:
                raise Taken("that join code is in use") from exc
            return _cohort(row)

    def cohort(self, cohort_id: int) -> CohortRecord:
        with translated(self.url), self._session() as session:
            row = session.get(CohortRow, cohort_id)
            if row is None:
                raise NotFound(f"cohort {cohort_id} does not exist")
            return _cohort(row)

    def all_cohorts(self, course_id: str) -> list[CohortRecord]:
        with translated(self.url), self._session() as session:
            rows = session.scalars(
                select(CohortRow).where(CohortRow.course_id == course_id).order_by(CohortRow.id)
            )
            return [_cohort(row) for row in rows]

    def by_join_code(self, code: str) -> CohortRecord | None:
        with translated(self.url), self._session() as session:
            row = session.scalar(select(CohortRow).where(CohortRow.join_code == code))
            return None if row is None else _cohort(row)

    def cohorts_of(self, account_id: int) -> list[tuple[CohortRecord, str]]:
        with translated(self.url), self._session() as session:
            rows = session.execute(
                select(CohortRow, MembershipRow.role)
                .join(MembershipRow, MembershipRow.cohort_id == CohortRow.id)
                .where(MembershipRow.account_id == account_id)
                .order_by(CohortRow.id)
            ).all()
            return [(_cohort(row), role) for row, role in rows]

    def role_of(self, account_id: int, cohort_id: int) -> str | None:
        with translated(self.url), self._session() as session:
            role = session.scalar(
                select(MembershipRow.role).where(
                    MembershipRow.account_id == account_id, MembershipRow.cohort_id == cohort_id
                )
            )
            return None if role is None else str(role)

    def put_member(
        self,
        cohort_id: int,
        account_id: int,
        role: str,
        now: datetime,
        student_ref: str | None = None,
    ) -> tuple[str | None, str]:
        """Add a member or change its role; returns (the old role or None, the new one)."""
        with translated(self.url), self._session() as session:
            row = session.scalar(
                select(MembershipRow).where(
                    MembershipRow.cohort_id == cohort_id, MembershipRow.account_id == account_id
                )
            )
            old = None if row is None else row.role
            if row is None:
                row = MembershipRow(
                    cohort_id=cohort_id,
                    account_id=account_id,
                    role=role,
                    student_ref=student_ref,
                    joined_at=now,
                )
                session.add(row)
            else:
                row.role = role
                if student_ref is not None:
                    row.student_ref = student_ref
            session.commit()
            return old, role

    def remove_member(self, cohort_id: int, account_id: int) -> None:
        with translated(self.url), self._session() as session:
            session.execute(
                delete(MembershipRow).where(
                    MembershipRow.cohort_id == cohort_id, MembershipRow.account_id == account_id
                )
            )
            session.commit()

    def members(self, cohort_id: int, role: str | None = None) -> list[MemberRecord]:
        with translated(self.url), self._session() as session:
            query = (
                select(MembershipRow, AccountRow)
                .join(AccountRow, AccountRow.id == MembershipRow.account_id)
                .where(MembershipRow.cohort_id == cohort_id)
                .order_by(AccountRow.display_name, AccountRow.username)
            )
            if role is not None:
                query = query.where(MembershipRow.role == role)
            return [
                MemberRecord(
                    account_id=account.id,
                    username=account.username,
                    display_name=account.display_name,
                    email=account.email,
                    learner_id=account.learner_id,
                    role=member.role,
                    student_ref=member.student_ref,
                )
                for member, account in session.execute(query).all()
            ]

    # -- assignments ----------------------------------------------------------------------

    def create_assignment(
        self,
        cohort_id: int,
        title: str,
        exercises: list[str],
        *,
        release_at: datetime,
        due_at: datetime,
        late_until: datetime | None,
        late_credit: float,
        runs_per_window: int | None,
        window_minutes: int | None,
        now: datetime,
    ) -> AssignmentRecord:
        with translated(self.url), self._session() as session:
            row = AssignmentRow(
                cohort_id=cohort_id,
                title=title,
                exercises=json.dumps(exercises),
                release_at=release_at,
                due_at=due_at,
                late_until=late_until,
                late_credit=late_credit,
                runs_per_window=runs_per_window,
                window_minutes=window_minutes,
                created_at=now,
            )
            session.add(row)
            session.commit()
            return _assignment(row)

    def update_assignment(self, assignment_id: int, **fields: object) -> AssignmentRecord:
        with translated(self.url), self._session() as session:
            row = session.get(AssignmentRow, assignment_id)
            if row is None:
                raise NotFound(f"assignment {assignment_id} does not exist")
            for name, value in fields.items():
                setattr(row, name, json.dumps(value) if name == "exercises" else value)
            session.commit()
            return _assignment(row)

    def assignment(self, assignment_id: int) -> AssignmentRecord:
        with translated(self.url), self._session() as session:
            row = session.get(AssignmentRow, assignment_id)
            if row is None:
                raise NotFound(f"assignment {assignment_id} does not exist")
            return _assignment(row)

    def assignments(self, cohort_ids: list[int]) -> list[AssignmentRecord]:
        with translated(self.url), self._session() as session:
            rows = session.scalars(
                select(AssignmentRow)
                .where(AssignmentRow.cohort_id.in_(cohort_ids))
                .order_by(AssignmentRow.due_at, AssignmentRow.id)
            )
            return [_assignment(row) for row in rows]

    # -- extensions and overrides ----------------------------------------------------------

    def extensions(self, assignment_id: int) -> dict[int, ExtensionRecord]:
        with translated(self.url), self._session() as session:
            rows = session.scalars(
                select(ExtensionRow).where(ExtensionRow.assignment_id == assignment_id)
            )
            return {row.account_id: _extension(row) for row in rows}

    def put_extension(self, record: ExtensionRecord) -> ExtensionRecord | None:
        """Grant or replace one student's extension; returns the one it replaced."""
        with translated(self.url), self._session() as session:
            row = session.scalar(
                select(ExtensionRow).where(
                    ExtensionRow.assignment_id == record.assignment_id,
                    ExtensionRow.account_id == record.account_id,
                )
            )
            old = None if row is None else _extension(row)
            if row is None:
                row = ExtensionRow(assignment_id=record.assignment_id, account_id=record.account_id)
                session.add(row)
            row.due_at = record.due_at
            row.late_until = record.late_until
            row.reason = record.reason
            row.granted_by = record.granted_by
            row.granted_at = record.granted_at
            session.commit()
            return old

    def drop_extension(self, assignment_id: int, account_id: int) -> ExtensionRecord | None:
        with translated(self.url), self._session() as session:
            row = session.scalar(
                select(ExtensionRow).where(
                    ExtensionRow.assignment_id == assignment_id,
                    ExtensionRow.account_id == account_id,
                )
            )
            if row is None:
                return None
            old = _extension(row)
            session.delete(row)
            session.commit()
            return old

    def overrides(self, assignment_id: int) -> list[OverrideRecord]:
        with translated(self.url), self._session() as session:
            rows = session.scalars(
                select(OverrideRow).where(OverrideRow.assignment_id == assignment_id)
            )
            return [_override(row) for row in rows]

    def put_override(self, record: OverrideRecord) -> OverrideRecord | None:
        with translated(self.url), self._session() as session:
            row = session.scalar(
                select(OverrideRow).where(
                    OverrideRow.assignment_id == record.assignment_id,
                    OverrideRow.account_id == record.account_id,
                    OverrideRow.exercise_id == record.exercise_id,
                )
            )
            old = None if row is None else _override(row)
            if row is None:
                row = OverrideRow(
                    assignment_id=record.assignment_id,
                    account_id=record.account_id,
                    exercise_id=record.exercise_id,
                )
                session.add(row)
            row.credit = record.credit
            row.reason = record.reason
            row.set_by = record.set_by
            row.set_at = record.set_at
            session.commit()
            return old

    def drop_override(
        self, assignment_id: int, account_id: int, exercise_id: str
    ) -> OverrideRecord | None:
        with translated(self.url), self._session() as session:
            row = session.scalar(
                select(OverrideRow).where(
                    OverrideRow.assignment_id == assignment_id,
                    OverrideRow.account_id == account_id,
                    OverrideRow.exercise_id == exercise_id,
                )
            )
            if row is None:
                return None
            old = _override(row)
            session.delete(row)
            session.commit()
            return old
