"""Who may do what in a cohort: one table of roles and the permissions each one holds.

Deny by default: a permission no role lists is held by nobody, and an account with no role
in a cohort holds none of its permissions. A TA never needs server-admin rights: every
permission is per cohort; the only server-wide right is `can_teach` (open a new cohort).
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    INSTRUCTOR = "instructor"
    TA = "ta"
    STUDENT = "student"


class Permission(StrEnum):
    VIEW_COHORT = "view_cohort"  # its name, assignments, one's own scores
    VIEW_STUDENTS = "view_students"  # grid, needs-help, clusters, every student's code and scores
    EXTEND = "extend"  # grant or remove per-student extensions
    MANAGE_ASSIGNMENTS = "manage_assignments"  # create, change dates
    MANAGE_STUDENTS = "manage_students"  # roster import, add TAs and students, reset passwords
    MANAGE_STAFF = "manage_staff"  # make instructors and owners, remove staff
    GRADE = "grade"  # regrade, overrides
    EXPORT = "export"  # grade export, the audit log


_STAFF = {Permission.VIEW_COHORT, Permission.VIEW_STUDENTS, Permission.EXTEND}
_TEACHING = _STAFF | {
    Permission.MANAGE_ASSIGNMENTS,
    Permission.MANAGE_STUDENTS,
    Permission.GRADE,
    Permission.EXPORT,
}

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(_TEACHING | {Permission.MANAGE_STAFF}),
    Role.INSTRUCTOR: frozenset(_TEACHING),
    Role.TA: frozenset(_STAFF),
    Role.STUDENT: frozenset({Permission.VIEW_COHORT}),
}

# The roles a holder of MANAGE_STUDENTS may give; the others need MANAGE_STAFF.
STUDENT_ROLES = frozenset({Role.STUDENT, Role.TA})


def allows(role: str | None, permission: Permission) -> bool:
    if role is None:
        return False
    try:
        return permission in PERMISSIONS[Role(role)]
    except ValueError:  # a role this version does not know holds nothing
        return False
