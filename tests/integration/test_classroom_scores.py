"""Scores as a property: after any sequence of checks, date changes, extensions and hand-set
scores, the stored score equals a from-scratch recomputation by an independent model of the
rule (written here, not taken from services/scoring.py). On SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from pyascent.services.classroom import Classroom
from pyascent.store import ProgressStore
from pyascent.store.tables import Attempt
from tests.fakes import ScriptedGrader
from tests.integration.classroom_setup import Classroom1, build, make_account
from tests.integration.postgres import postgres_cluster

EXERCISES = ("adder", "double")
T0 = datetime(2027, 1, 10, 9, 0, tzinfo=UTC)  # the release of every generated assignment
H = timedelta(hours=1)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def setup(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Classroom1]:
    if request.param == "sqlite":
        built = build(f"sqlite:///{tmp_path_factory.mktemp('scores') / 'p.db'}", ScriptedGrader())
        yield built
        built.close()
        return
    with postgres_cluster() as url:
        built = build(url, ScriptedGrader())
        yield built
        built.close()


@dataclass
class Model:
    """What the test itself knows: the dates, the checks, the extensions, the overrides."""

    due: datetime
    late_until: datetime | None
    credit: float
    runs: list[tuple[int, str, datetime, bool]] = field(default_factory=list)
    extensions: dict[int, tuple[datetime, datetime | None]] = field(default_factory=dict)
    overrides: dict[tuple[int, str], float] = field(default_factory=dict)

    def expected(self, student: int, exercise: str) -> float:
        if (student, exercise) in self.overrides:
            return self.overrides[(student, exercise)]
        due, late = self.due, self.late_until
        if student in self.extensions:
            due, given_late = self.extensions[student]
            if given_late is not None:
                late = given_late
            elif self.late_until is not None:
                late = due + (self.late_until - self.due)
            else:
                late = None
        best = 0.0
        for who, name, when, passed in self.runs:
            if who != student or name != exercise or not passed or when < T0:
                continue
            if when <= due:
                best = max(best, 1.0)
            elif late is not None and when <= late:
                best = max(best, self.credit)
        return best


hours = st.integers(min_value=-24, max_value=120)
student = st.integers(min_value=0, max_value=2)
exercise = st.sampled_from(EXERCISES)
operation = st.one_of(
    st.tuples(st.just("run"), student, exercise, hours, st.booleans()),
    st.tuples(
        st.just("dates"),
        st.integers(0, 72),
        st.none() | st.integers(0, 48),
        st.sampled_from([0.0, 0.25, 0.5, 1.0]),
    ),
    st.tuples(st.just("extend"), student, st.integers(0, 120), st.none() | st.integers(0, 48)),
    st.tuples(st.just("unextend"), student),
    st.tuples(st.just("override"), student, exercise, st.sampled_from([0.0, 0.3, 1.0])),
    st.tuples(st.just("unoverride"), student, exercise),
)


def _record_run(setup: Classroom1, learner: str, name: str, when: datetime, passed: bool) -> None:
    base = setup.server.base.store
    store = ProgressStore(base.url, base.course_id, learner, engine=base.engine)
    number = store.start_attempt(name, {"solution.py": "x = 1\n"}, "web")
    status = "passed" if passed else "failed"
    store.finish_attempt(number, status, {"status": status, "summary": "", "tests": []}, 5)
    with base.engine.begin() as connection:
        connection.execute(update(Attempt).where(Attempt.id == number).values(created_at=when))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(operation, min_size=1, max_size=10))
def test_the_stored_score_is_always_a_recomputation_from_scratch(
    setup: Classroom1, steps: list[tuple[Any, ...]]
) -> None:
    server = setup.server
    owner = setup.accounts["owner"]
    teacher = Classroom(server, owner)
    cohort = teacher.create_cohort("property")
    students = []
    for _ in range(3):
        account = make_account(server, f"p{next(_NAMES)}")
        teacher.add_account(cohort.id, account.username)
        students.append(account)
    model = Model(due=T0 + 24 * H, late_until=T0 + 48 * H, credit=0.5)
    assignment = teacher.create_assignment(
        cohort.id, "prop", list(EXERCISES), release_at=T0, due_at=model.due,
        late_until=model.late_until, late_credit=model.credit,
    )  # fmt: skip
    for step in steps:
        kind = step[0]
        touched: list[int] = []  # whose stored scores this change must have recomputed
        if kind == "run":
            _, who, name, at, passed = step
            when = T0 + int(at) * H
            _record_run(setup, students[who].learner_name, str(name), when, bool(passed))
            model.runs.append((int(who), str(name), when, bool(passed)))
        elif kind == "dates":
            _, due, late, credit = step
            model.due = T0 + int(due) * H
            model.late_until = None if late is None else model.due + int(late) * H
            model.credit = float(credit)
            teacher.change_dates(
                assignment.id,
                due_at=model.due,
                late_until=model.late_until,
                late_credit=model.credit,
            )
            touched = [0, 1, 2]
        elif kind == "extend":
            _, who, due, late = step
            new_due = T0 + int(due) * H
            new_late = None if late is None else new_due + int(late) * H
            teacher.extend(assignment.id, students[who].username, new_due, new_late)
            model.extensions[int(who)] = (new_due, new_late)
            touched = [int(who)]
        elif kind == "unextend":
            who = int(step[1])
            if who in model.extensions:
                teacher.unextend(assignment.id, students[who].username)
                del model.extensions[who]
                touched = [who]
        elif kind == "override":
            _, who, name, credit = step
            teacher.override(assignment.id, students[who].username, str(name), float(credit), "t")
            model.overrides[(int(who), str(name))] = float(credit)
            touched = [int(who)]
        elif kind == "unoverride":
            key = (int(step[1]), str(step[2]))
            if key in model.overrides:
                teacher.drop_override(assignment.id, students[key[0]].username, key[1])
                del model.overrides[key]
                touched = [key[0]]
        # A change of dates (everyone) or of a grant (that student) is recomputed at once,
        # before any read; a check stored by a queue's worker is caught up when read.
        stored = {
            (r.account_id, r.exercise_id): r.credit for r in server.reads.scores(assignment.id)
        }
        _compare(stored, model, [students[i] for i in touched], f"after {step}", students)
    table = teacher.grades(assignment.id)  # a read recomputes what newer checks made stale
    read = {
        (row.member.account_id, name): credit.credit
        for row in table.students
        for name, credit in row.credits.items()
    }
    _compare(read, model, students, "when read", students)
    for row in table.students:
        index = next(i for i, s in enumerate(students) if s.id == row.member.account_id)
        mean = sum(model.expected(index, name) for name in EXERCISES) / len(EXERCISES)
        assert row.percent == pytest.approx(100 * mean)


def _compare(found: dict[tuple[int, str], float], model: Model, chosen: list[Any], when: str,
             students: list[Any]) -> None:  # fmt: skip
    for account in chosen:
        index = students.index(account)
        for name in EXERCISES:
            assert found.get((account.id, name)) == pytest.approx(model.expected(index, name)), (
                f"{account.username} {name} {when}"
            )


_NAMES = iter(range(1, 10**9))
