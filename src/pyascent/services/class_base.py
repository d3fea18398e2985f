"""What every classroom use case starts from: the acting account, its role in a cohort, and
the permission checks (class_access.py), plus the audit trail every change leaves.

`actor=None` is the server's operator at its own terminal (the CLI on the server's
database): it holds every permission, and the audit log names it "cli".
"""

from __future__ import annotations

import getpass
from typing import Any

from pyascent.services.accounts import Account
from pyascent.services.class_access import Permission, Role, allows
from pyascent.services.class_server import ClassServer
from pyascent.services.errors import Forbidden, Missing, ServiceError
from pyascent.store import AssignmentRecord, CohortRecord, MemberRecord, NotFound


def actor_name(actor: Account | None) -> str:
    if actor is None:
        try:
            return f"cli:{getpass.getuser()}"
        except (OSError, KeyError):
            return "cli"
    return actor.username


class ClassroomBase:
    """The actor, its roles and the checks; the use cases build on it."""

    def __init__(self, server: ClassServer, actor: Account | None) -> None:
        self.server = server
        self.actor = actor
        self.cohorts = server.cohorts
        self.clock = server.clock

    # -- access -------------------------------------------------------------------------

    def role(self, cohort_id: int) -> str | None:
        if self.actor is None:
            return Role.OWNER.value
        return self.cohorts.role_of(self.actor.id, cohort_id)

    def cohort(
        self, cohort_id: int, permission: Permission = Permission.VIEW_COHORT
    ) -> CohortRecord:
        """The cohort, when the actor holds `permission` in it.

        Raises:
            Missing: the cohort does not exist, or the actor is not a member (the same
                answer, so ids cannot be probed).
            Forbidden: a member whose role lacks the permission.
        """
        role = self.role(cohort_id)
        if role is None:
            raise Missing(f"There is no cohort {cohort_id} you are a member of.")
        if not allows(role, permission):
            raise Forbidden(f"Your role in this cohort ({role}) may not do this.")
        try:
            return self.cohorts.cohort(cohort_id)
        except NotFound as exc:
            raise Missing(f"There is no cohort {cohort_id}.") from exc

    def assignment(
        self, assignment_id: int, permission: Permission = Permission.VIEW_COHORT
    ) -> AssignmentRecord:
        try:
            found = self.cohorts.assignment(assignment_id)
        except NotFound as exc:
            raise Missing(f"There is no assignment {assignment_id}.") from exc
        try:
            self.cohort(found.cohort_id, permission)
        except Missing as exc:
            raise Missing(f"There is no assignment {assignment_id}.") from exc
        return found

    def _audit(self, cohort_id: int | None, action: str, subject: str, **detail: Any) -> None:
        self.server.audit.append(
            actor_name(self.actor), action, subject, detail, cohort_id=cohort_id, now=self.clock()
        )

    def member(self, cohort_id: int, username: str) -> MemberRecord:
        name = username.strip().lower()
        found = next((m for m in self.cohorts.members(cohort_id) if m.username == name), None)
        if found is None:
            raise Missing(f"'{username}' is not a member of this cohort.")
        return found

    def _student(self, cohort_id: int, username: str) -> MemberRecord:
        member = self.member(cohort_id, username)
        if member.role != Role.STUDENT:
            raise ServiceError(f"'{member.username}' is {member.role} here, not a student.")
        return member
