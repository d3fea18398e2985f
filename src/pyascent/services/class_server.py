"""The server's classroom side: accounts, and a learner service per signed-in account.

Why one learner service per account: every learner use case (check, hints, tutor, cards)
already works on one learner's store; an account's service is the same class over the same
course, grader, queue and database engine, bound to that account's learner row. Only the
server's own service (the localhost learner's) owns and closes the shared pieces.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from pyascent.course import Exercise
from pyascent.services.accounts import Account, Accounts
from pyascent.services.errors import RunsExhausted
from pyascent.services.learner import LearnerService
from pyascent.services.queueing import QueuedCheck
from pyascent.services.views import CheckOutcome
from pyascent.store import (
    AccountStore,
    AuditStore,
    ClassReads,
    CohortStore,
    ProgressStore,
    RegradeStore,
)

CACHED_LEARNERS = 2000


class AccountLearner(LearnerService):
    """A signed-in account's learner service: borrows the server's shared pieces and gates
    graded runs of open assignments by the account's allowance."""

    def __init__(
        self,
        base: LearnerService,
        store: ProgressStore,
        gate: Callable[[Exercise], None],
        scored: Callable[[Exercise], None],
    ):
        super().__init__(
            base.course, store, base.grader, base.settings, sender=base.sender, clock=base.clock
        )
        self._gate = gate
        self._scored = scored

    def submit(self, exercise: Exercise, files: dict[str, bytes], source: str) -> CheckOutcome:
        """Grade, then bring the account's assignment scores up to date with the verdict
        (a verdict from the queue's workers is caught up when the scores are next read)."""
        self._gate(exercise)
        outcome = super().submit(exercise, files, source)
        self._scored(exercise)
        return outcome

    def enqueue(self, exercise: Exercise, files: dict[str, bytes], source: str) -> QueuedCheck:
        self._gate(exercise)
        return super().enqueue(exercise, files, source)

    def close(self) -> None:
        """Only what is this account's own: the engine, grader and queue are the server's."""
        if "tutoring" in self.__dict__:
            self.tutoring.close()


class ClassServer:
    def __init__(self, base: LearnerService, clock: Callable[[], datetime] | None = None) -> None:
        self.base = base
        self.course = base.course
        self.settings = base.settings
        self.clock = clock or (lambda: datetime.now(UTC))
        url, engine = base.store.url, base.store.engine
        self.url = url
        self.cohorts = CohortStore(url, engine)
        self.accounts = Accounts(AccountStore(url, engine), self.cohorts, base.settings, self.clock)
        self.reads = ClassReads(url, engine, base.course.id)
        self.audit = AuditStore(url, engine)
        self.regrades = RegradeStore(url, engine, base.course.id)
        self._learners: OrderedDict[int, AccountLearner] = OrderedDict()
        self._lock = threading.Lock()

    def learner(self, account: Account) -> LearnerService:
        """The account's learner service (made once, kept for the next requests)."""
        with self._lock:
            found = self._learners.get(account.id)
            if found is not None:
                self._learners.move_to_end(account.id)
                return found
        store = ProgressStore(
            self.url, self.course.id, account.learner_name, engine=self.base.store.engine
        )
        made = AccountLearner(
            self.base,
            store,
            lambda exercise: self.gate(account, exercise),
            lambda exercise: self.rescore(account, exercise),
        )
        made.close_stale_attempts()
        with self._lock:
            found = self._learners.setdefault(account.id, made)
            while len(self._learners) > CACHED_LEARNERS:
                _, old = self._learners.popitem(last=False)
                old.close()
        return found

    def learners(self) -> list[LearnerService]:
        with self._lock:
            return list(self._learners.values())

    def gate(self, account: Account, exercise: Exercise) -> None:
        """Refuse a check beyond the allowance of any open assignment holding the exercise.

        Per account and per assignment, never per address: a class behind one address does
        not share one allowance.
        """
        now = self.clock()
        cohorts = [
            cohort.id for cohort, role in self.cohorts.cohorts_of(account.id) if role == "student"
        ]
        if not cohorts:
            return
        for assignment in self.cohorts.assignments(cohorts):
            if exercise.id not in assignment.exercises or now < assignment.release_at:
                continue
            closes = assignment.late_until or assignment.due_at
            extension = self.cohorts.extensions(assignment.id).get(account.id)
            if extension is not None:
                closes = max(closes, extension.late_until or extension.due_at)
            if now > closes:
                continue  # practice after the close is not graded: no allowance to guard
            limit = assignment.runs_per_window or self.settings.graded_runs_per_window
            minutes = assignment.window_minutes or self.settings.graded_window_minutes
            window = timedelta(minutes=minutes)
            runs = self.reads.runs_since(
                account.learner_id, list(assignment.exercises), now - window
            )
            if len(runs) >= limit:
                wait = max(1.0, (runs[len(runs) - limit] + window - now).total_seconds())
                raise RunsExhausted(
                    f"You have used the {limit} checks '{assignment.title}' allows every "
                    f"{minutes:g} minutes. Read the last verdict again, test your idea by hand, "
                    f"and check again in {max(1, round(wait))} s.",
                    retry_after=wait,
                )

    def rescore(self, account: Account, exercise: Exercise) -> None:
        """Recompute the account's scores of every assignment holding the exercise."""
        from pyascent.services.classroom import Classroom

        cohorts = [c.id for c, role in self.cohorts.cohorts_of(account.id) if role == "student"]
        if not cohorts:
            return
        classroom = Classroom(self, None)
        for assignment in self.cohorts.assignments(cohorts):
            if exercise.id in assignment.exercises:
                classroom.recompute(assignment, [account.id])

    def close(self) -> None:
        with self._lock:
            for learner in self._learners.values():
                learner.close()
            self._learners.clear()
