"""Classroom use cases for one acting account: cohorts, members, roles, assignments.

Every method checks the actor's role first (class_base.py). Extensions, hand-set scores
and the scores are in class_grading.py; views of many students at once (the grid,
clusters) in class_views.py; regrades in regrading.py.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from pyascent.services.accounts import Account, AccountError, checked_username
from pyascent.services.class_access import STUDENT_ROLES, Permission, Role, allows
from pyascent.services.class_base import actor_name
from pyascent.services.class_grading import (
    ClassroomGrading,
    GradeTable,
    StudentScore,
    compute_scores,
)
from pyascent.services.errors import Forbidden, Missing, ServiceError
from pyascent.store import (
    AssignmentRecord,
    AuditRecord,
    CohortRecord,
    MemberRecord,
    RegradeRecord,
    Taken,
)

JOIN_CODE_BYTES = 6


class Classroom(ClassroomGrading):
    """Every classroom use case of one actor."""

    # -- cohorts and members ---------------------------------------------------------------

    def my_cohorts(self) -> list[tuple[CohortRecord, str]]:
        if self.actor is None:
            return []
        return self.cohorts.cohorts_of(self.actor.id)

    def create_cohort(self, name: str, owner: Account | None = None) -> CohortRecord:
        """A new cohort of the course, its owner the actor (or `owner`, from the CLI)."""
        holder = owner or self.actor
        if holder is None:
            raise ServiceError("Name the account that will own the cohort (--owner NAME).")
        if self.actor is not None and not self.actor.can_teach:
            raise Forbidden(
                "Only an account that may teach can open a cohort; the server's operator "
                "grants it with `pyascent account add NAME --teacher`."
            )
        title = name.strip()
        if not title or len(title) > 200:
            raise ServiceError("A cohort needs a name of 1-200 characters.")
        for _ in range(5):
            code = secrets.token_urlsafe(JOIN_CODE_BYTES)
            try:
                made = self.cohorts.create_cohort(
                    self.server.course.id, title, code, holder.id, self.clock()
                )
                break
            except Taken:
                continue
        else:  # pragma: no cover - five collisions of 48 random bits
            raise ServiceError("Could not make a join code; try again.")
        self._audit(made.id, "cohort.create", title, owner=holder.username)
        return made

    def all_cohorts(self) -> list[tuple[CohortRecord, list[MemberRecord]]]:
        """Every cohort of the course with its members: the server's operator only."""
        if self.actor is not None:
            raise Forbidden("Only the server's operator lists every cohort.")
        return [
            (cohort, self.cohorts.members(cohort.id))
            for cohort in self.cohorts.all_cohorts(self.server.course.id)
        ]

    def verify_audit(self) -> tuple[int, int | None]:
        """(rows checked, the first row that does not hash as recorded or None)."""
        if self.actor is not None:
            raise Forbidden("Only the server's operator checks the whole audit log.")
        return self.server.audit.verify()

    def cohort_by_code(self, code: str) -> CohortRecord | None:
        return self.cohorts.by_join_code(code.strip())

    def join(self, code: str) -> CohortRecord:
        if self.actor is None:
            raise ServiceError("Sign in to join a cohort.")
        found = self.cohorts.by_join_code(code.strip())
        if found is None:
            raise Missing("That join code does not open any cohort. Check it with your instructor.")
        if self.cohorts.role_of(self.actor.id, found.id) is None:
            self.cohorts.put_member(found.id, self.actor.id, Role.STUDENT.value, self.clock())
            self._audit(found.id, "member.join", self.actor.username, role="student")
        return found

    def members(self, cohort_id: int, role: str | None = None) -> list[MemberRecord]:
        self.cohort(cohort_id, Permission.VIEW_STUDENTS)
        return self.cohorts.members(cohort_id, role)

    def set_role(self, cohort_id: int, username: str, role: str) -> None:
        try:
            wanted = Role(role)
        except ValueError as exc:
            roles = ", ".join(r.value for r in Role)
            raise ServiceError(f"'{role}' is not a role; roles are {roles}.") from exc
        self.cohort(cohort_id, Permission.MANAGE_STUDENTS)
        account = self.server.accounts.find(username)
        if account is None:
            raise Missing(f"There is no account '{username}'.")
        current = self.cohorts.role_of(account.id, cohort_id)
        touches_staff = wanted not in STUDENT_ROLES or (
            current is not None and Role(current) not in STUDENT_ROLES
        )
        if touches_staff and not allows(self.role(cohort_id), Permission.MANAGE_STAFF):
            raise Forbidden("Only the cohort's owner may make or unmake instructors and owners.")
        if current == Role.OWNER and wanted != Role.OWNER and self._owners(cohort_id) == 1:
            raise ServiceError("A cohort keeps at least one owner: make someone else owner first.")
        old, new = self.cohorts.put_member(cohort_id, account.id, wanted.value, self.clock())
        self._audit(cohort_id, "member.role", account.username, old=old, new=new)
        self._recompute_cohort(cohort_id)

    def remove_member(self, cohort_id: int, username: str) -> None:
        member = self.member(cohort_id, username)
        needed = (
            Permission.MANAGE_STUDENTS
            if Role(member.role) in STUDENT_ROLES
            else Permission.MANAGE_STAFF
        )
        self.cohort(cohort_id, needed)
        if member.role == Role.OWNER and self._owners(cohort_id) == 1:
            raise ServiceError("A cohort keeps at least one owner.")
        self.cohorts.remove_member(cohort_id, member.account_id)
        self._audit(cohort_id, "member.remove", member.username, old=member.role)
        self._recompute_cohort(cohort_id)

    def _owners(self, cohort_id: int) -> int:
        return len(self.cohorts.members(cohort_id, Role.OWNER.value))

    def add_account(
        self,
        cohort_id: int,
        username: str,
        *,
        display_name: str | None = None,
        email: str | None = None,
        role: str = "student",
        student_ref: str | None = None,
    ) -> tuple[bool, str | None]:
        """Put an account in the cohort, creating it when missing; returns (changed, the
        temporary password of a new account or None). Nothing changes when it is there
        already with the same role (so a roster can be imported twice)."""
        wanted = Role(role)
        self.cohort(
            cohort_id,
            Permission.MANAGE_STUDENTS if wanted in STUDENT_ROLES else Permission.MANAGE_STAFF,
        )
        name = checked_username(username)
        account = self.server.accounts.find(name)
        temporary = None
        if account is None:
            account, temporary = self.server.accounts.create(
                name, None, display_name=display_name, email=email
            )
            self._audit(cohort_id, "account.create", name)
        current = self.cohorts.role_of(account.id, cohort_id)
        if current == wanted.value:
            return temporary is not None, temporary
        if current is not None and Role(current) not in STUDENT_ROLES:
            raise Forbidden(f"'{name}' is {current} of this cohort; change staff roles by hand.")
        old, new = self.cohorts.put_member(
            cohort_id, account.id, wanted.value, self.clock(), student_ref
        )
        self._audit(cohort_id, "member.add", name, old=old, new=new)
        return True, temporary

    def reset_password(self, cohort_id: int, username: str) -> str:
        """A temporary password for a member (students and TAs by instructors; staff by the
        owner); the member must change it at the next sign-in."""
        member = self.member(cohort_id, username)
        needed = (
            Permission.MANAGE_STUDENTS
            if Role(member.role) in STUDENT_ROLES
            else Permission.MANAGE_STAFF
        )
        self.cohort(cohort_id, needed)
        if self.actor is not None and member.account_id == self.actor.id:
            raise ServiceError("Change your own password on your account page.")
        temporary = self.server.accounts.reset_password(member.account_id)
        self._audit(cohort_id, "account.reset-password", member.username)
        return temporary

    # -- assignments --------------------------------------------------------------------------

    def assignments(self, cohort_id: int) -> list[AssignmentRecord]:
        self.cohort(cohort_id)
        return self.cohorts.assignments([cohort_id])

    def create_assignment(
        self,
        cohort_id: int,
        title: str,
        exercises: list[str],
        *,
        release_at: datetime,
        due_at: datetime,
        late_until: datetime | None = None,
        late_credit: float = 0.0,
        runs_per_window: int | None = None,
        window_minutes: int | None = None,
    ) -> AssignmentRecord:
        self.cohort(cohort_id, Permission.MANAGE_ASSIGNMENTS)
        name = title.strip()
        if not name or len(name) > 200:
            raise ServiceError("An assignment needs a title of 1-200 characters.")
        chosen = self._graded_exercises(exercises)
        _check_dates(release_at, due_at, late_until, late_credit)
        made = self.cohorts.create_assignment(
            cohort_id,
            name,
            chosen,
            release_at=release_at,
            due_at=due_at,
            late_until=late_until,
            late_credit=late_credit,
            runs_per_window=runs_per_window,
            window_minutes=window_minutes,
            now=self.clock(),
        )
        self._audit(cohort_id, "assignment.create", name, new=_dates(made), exercises=chosen)
        self.recompute(made)
        return made

    def change_dates(
        self,
        assignment_id: int,
        *,
        release_at: datetime | None = None,
        due_at: datetime | None = None,
        late_until: datetime | str | None = "keep",
        late_credit: float | None = None,
    ) -> AssignmentRecord:
        """Move dates (late_until=None removes the late window); every score is recomputed."""
        old = self.assignment(assignment_id, Permission.MANAGE_ASSIGNMENTS)
        new_release = release_at or old.release_at
        new_due = due_at or old.due_at
        new_late = old.late_until if isinstance(late_until, str) else late_until
        new_credit = old.late_credit if late_credit is None else late_credit
        _check_dates(new_release, new_due, new_late, new_credit)
        changed = self.cohorts.update_assignment(
            assignment_id,
            release_at=new_release,
            due_at=new_due,
            late_until=new_late,
            late_credit=new_credit,
        )
        self._audit(
            old.cohort_id, "assignment.dates", old.title, old=_dates(old), new=_dates(changed)
        )
        self.recompute(changed)
        return changed

    def _graded_exercises(self, exercises: list[str]) -> list[str]:
        chosen: list[str] = []
        for key in exercises:
            found = self.server.course.exercise(key.strip())
            if found is None:
                raise ServiceError(f"There is no exercise '{key}' in this course.")
            if found.mode != "verified":
                raise ServiceError(
                    f"'{found.id}' is graded in a single process (the learner's code could forge "
                    "its verdict), so it cannot be part of a graded assignment."
                )
            if found.id not in chosen:
                chosen.append(found.id)
        if not chosen:
            raise ServiceError("An assignment needs at least one exercise.")
        return chosen

    def regrades(self, cohort_id: int) -> list[RegradeRecord]:
        self.cohort(cohort_id, Permission.GRADE)
        return self.server.regrades.of_cohort(cohort_id)

    def audit_log(self, cohort_id: int) -> tuple[list[AuditRecord], int, int | None]:
        """The cohort's events, newest first, and the chain's check over the whole log:
        (rows checked, the first row that does not hash as recorded, or None)."""
        self.cohort(cohort_id, Permission.EXPORT)
        checked, broken = self.server.audit.verify()
        return self.server.audit.events(cohort_id), checked, broken


def _check_dates(
    release_at: datetime, due_at: datetime, late_until: datetime | None, late_credit: float
) -> None:
    for stamp in (release_at, due_at, late_until):
        if stamp is not None and stamp.tzinfo is None:
            raise ServiceError("Dates need a time zone (for example 2026-12-24T23:59+01:00).")
    if due_at < release_at:
        raise ServiceError("The due date cannot come before the release.")
    if late_until is not None and late_until < due_at:
        raise ServiceError("The end of the late window cannot come before the due date.")
    if not 0.0 <= late_credit <= 1.0:
        raise ServiceError("Late credit is a fraction between 0 and 1 (0.5 = half marks).")


def _dates(assignment: AssignmentRecord) -> dict[str, Any]:
    return {
        "release_at": assignment.release_at.isoformat(),
        "due_at": assignment.due_at.isoformat(),
        "late_until": None if assignment.late_until is None else assignment.late_until.isoformat(),
        "late_credit": assignment.late_credit,
    }


__all__ = [
    "AccountError",
    "Classroom",
    "GradeTable",
    "StudentScore",
    "actor_name",
    "compute_scores",
]
