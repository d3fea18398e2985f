"""What staff see of a whole cohort: the live grid, who needs help now, a student's work.

Why the grid reads progress rows, not attempts: the grid of 300 students x 200 exercises is
60,000 cells and must be served in well under a second; the progress row of each cell
already holds its runs, failing runs in a row and when a test last newly passed
(store/counting.py keeps them with every verdict).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from pyascent.services.class_access import Permission, Role
from pyascent.services.classroom import Classroom
from pyascent.services.clusters import (
    FailureCluster,
    MistakeDraft,
    cluster_failures,
    mistake_draft,
    write_mistake_draft,
)
from pyascent.services.errors import Missing
from pyascent.store import (
    AttemptRecord,
    MemberRecord,
    NotFound,
    ProgressStore,
    learner_name_of,
)
from pyascent.store import GridRow as ProgressRow

NOT_STARTED = "not-started"
TRYING = "trying"
PASSED = "passed"


class Cell(NamedTuple):
    """One cell of the grid (a tuple: a grid has 60,000 of them)."""

    state: str  # not-started | trying | passed
    runs: int
    minutes_idle: int | None  # since the last progress (a new passing test), when trying
    fails_in_row: int


EMPTY = Cell(NOT_STARTED, 0, None, 0)


@dataclass(frozen=True)
class GridRow:
    member: MemberRecord
    cells: tuple[Cell, ...]
    passed: int


@dataclass(frozen=True)
class Grid:
    exercises: tuple[tuple[str, str], ...]  # (id, title) in roadmap order
    rows: tuple[GridRow, ...]
    at: datetime


@dataclass(frozen=True)
class Stuck:
    member: MemberRecord
    exercise_id: str
    exercise_title: str
    fails_in_row: int
    minutes_without_progress: int
    why: str


class ClassViews:
    def __init__(self, classroom: Classroom) -> None:
        self.classroom = classroom
        self.server = classroom.server

    def _columns(self, assignment_id: int | None) -> tuple[tuple[str, str], ...]:
        course = self.server.course
        if assignment_id is None:
            return tuple((e.id, e.title) for e in course.exercises())
        assignment = self.classroom.assignment(assignment_id, Permission.VIEW_STUDENTS)
        titles = {e.id: e.title for e in course.exercises()}
        return tuple((key, titles.get(key, key)) for key in assignment.exercises)

    def grid(self, cohort_id: int, assignment_id: int | None = None) -> Grid:
        """Each student x each exercise (of the course, or of one assignment)."""
        return self.grid_and_stuck(cohort_id, assignment_id)[0]

    def needs_help(self, cohort_id: int) -> list[Stuck]:
        """Students trying an exercise right now who fail again and again, or check without
        a new passing test for a long while; the longest stuck first."""
        return self.grid_and_stuck(cohort_id, None, columns=False)[1]

    def grid_and_stuck(
        self, cohort_id: int, assignment_id: int | None = None, *, columns: bool = True
    ) -> tuple[Grid, list[Stuck]]:
        """The grid and the needs-help list from one read of the cohort's progress."""
        cohort = self.classroom.cohort(cohort_id, Permission.VIEW_STUDENTS)
        if assignment_id is not None:
            assignment = self.classroom.assignment(assignment_id, Permission.VIEW_STUDENTS)
            if assignment.cohort_id != cohort.id:
                raise Missing(f"There is no assignment {assignment_id} in this cohort.")
        students = self.server.cohorts.members(cohort.id, Role.STUDENT.value)
        now = self.server.clock()
        found = self.server.reads.grid_rows([m.learner_id for m in students], now)
        stuck = self._stuck(students, found)
        if not columns:
            return Grid((), (), now), stuck
        keys = self._columns(assignment_id)
        by_learner: dict[int, dict[str, Cell]] = {}
        for c in found:
            by_learner.setdefault(c.learner_id, {})[c.exercise_id] = (
                Cell(PASSED, c.runs, None, 0)
                if c.done
                else Cell(TRYING, c.runs, c.minutes_idle, c.fails_in_row)
            )
        names = [key for key, _ in keys]
        rows = []
        for member in students:
            mine = by_learner.get(member.learner_id, {})
            row = tuple(mine.get(key, EMPTY) for key in names)
            rows.append(GridRow(member, row, sum(1 for c in row if c.state == PASSED)))
        return Grid(keys, tuple(rows), now), stuck

    def _stuck(self, students: list[MemberRecord], found: list[ProgressRow]) -> list[Stuck]:
        settings = self.server.settings
        recent = max(60.0, 2 * settings.needs_help_minutes)
        titles = {e.id: e.title for e in self.server.course.exercises()}
        members = {m.learner_id: m for m in students}
        stuck = []
        for cell in found:
            if cell.done or cell.minutes_since_run > recent:
                continue
            reasons = []
            if cell.fails_in_row >= settings.needs_help_fails:
                reasons.append(f"{cell.fails_in_row} failing checks in a row")
            if cell.progressed and cell.minutes_idle >= settings.needs_help_minutes:
                reasons.append(f"no new passing test for {cell.minutes_idle} min")
            if reasons:
                stuck.append(
                    Stuck(
                        members[cell.learner_id],
                        cell.exercise_id,
                        titles.get(cell.exercise_id, cell.exercise_id),
                        cell.fails_in_row,
                        cell.minutes_idle,
                        "; ".join(reasons),
                    )
                )
        stuck.sort(key=lambda s: (-s.minutes_without_progress, -s.fails_in_row, s.member.username))
        return stuck

    def student_work(
        self, cohort_id: int, username: str, exercise_id: str, limit: int = 20
    ) -> tuple[MemberRecord, list[AttemptRecord]]:
        """A member's attempts (code and verdicts) at an exercise, newest first: staff only,
        and only of members of their own cohort."""
        self.classroom.cohort(cohort_id, Permission.VIEW_STUDENTS)
        member = self.classroom.member(cohort_id, username)
        if self.server.course.exercise(exercise_id) is None:
            raise Missing(f"There is no exercise '{exercise_id}'.")
        store = ProgressStore(
            self.server.url,
            self.server.course.id,
            learner_name_of(member.username),
            engine=self.server.base.store.engine,
        )
        try:
            return member, store.attempts(exercise_id, limit=limit)
        except NotFound as exc:  # pragma: no cover - attempts() does not raise it
            raise Missing(str(exc)) from exc


@dataclass(frozen=True)
class ClusterView:
    cluster: FailureCluster
    students: tuple[MemberRecord, ...]


@dataclass(frozen=True)
class MintedMistake:
    draft: MistakeDraft
    written: tuple[str, ...]  # the files written into the pack; empty when shown to copy
    why_not_written: str | None


class FailureViews:
    """Common failures per exercise, and the step that turns one into a mistake message."""

    def __init__(self, classroom: Classroom) -> None:
        self.classroom = classroom
        self.server = classroom.server

    def clusters(self, cohort_id: int, exercise_id: str, top: int = 10) -> list[ClusterView]:
        self.classroom.cohort(cohort_id, Permission.VIEW_STUDENTS)
        if self.server.course.exercise(exercise_id) is None:
            raise Missing(f"There is no exercise '{exercise_id}'.")
        students = {m.learner_id: m for m in self.server.cohorts.members(cohort_id, "student")}
        runs = self.server.reads.failing_runs(list(students), exercise_id)
        return [
            ClusterView(found, tuple(students[i] for i in found.students if i in students))
            for found in cluster_failures(runs, top)
        ]

    def mint(self, cohort_id: int, exercise_id: str, rank: int) -> MintedMistake:
        """The draft of a mistake message from the cluster at `rank` (0 = the largest),
        with its newest run's code as the sample; written into the course's pack when the
        course is a pack folder this server may write, else shown to copy."""
        self.classroom.cohort(cohort_id, Permission.GRADE)
        found = self.clusters(cohort_id, exercise_id)
        if not 0 <= rank < len(found):
            raise Missing(f"There is no failure cluster {rank + 1} at '{exercise_id}'.")
        cluster = found[rank].cluster
        example = self.server.regrades.attempt_files(cluster.example.attempt_id)
        exercise = self.server.course.exercise(exercise_id)
        assert exercise is not None
        code = example.get(exercise.files[0], "") if exercise.files else ""
        draft = mistake_draft(cluster, exercise_id, code)
        if self.server.settings.course == "builtin":
            return MintedMistake(draft, (), "The built-in course is part of pyascent: copy the "
                                 "files into your own pack instead.")  # fmt: skip
        try:
            written = write_mistake_draft(draft, exercise.path)
        except (ValueError, OSError) as exc:
            return MintedMistake(draft, (), str(exc))
        self.classroom._audit(
            cohort_id, "mistake.draft", exercise_id, files=[str(p) for p in written]
        )
        return MintedMistake(draft, tuple(str(p) for p in written), None)
