"""The learner's checks when a queue grades them (`pyascent serve --queue`): sent now,
answered later. A part of LearnerService kept apart because it is one concept: the state
of a check between saving it and its verdict (queueing.py sends it, the page polls it)."""

from __future__ import annotations

from pyascent.course import Course, Exercise
from pyascent.grader import Verdict
from pyascent.services.errors import ServiceError, translate_store_errors
from pyascent.services.queueing import QueuedCheck, QueueSender
from pyascent.services.views import AttemptState, CheckOutcome
from pyascent.store import QUEUED, RUNNING, NotFound, ProgressStore


@translate_store_errors
class QueuedChecks:
    """Mixed into LearnerService, which provides these fields and `select`/`next_exercise`."""

    course: Course
    store: ProgressStore
    sender: QueueSender | None

    def select(self, exercise: Exercise) -> None:
        raise NotImplementedError  # LearnerService's own

    def next_exercise(self, after: Exercise | None = None) -> Exercise | None:
        raise NotImplementedError  # LearnerService's own

    @property
    def queued(self) -> bool:
        """Whether checks are graded by the queue's workers (answered later) or here."""
        return self.sender is not None

    def enqueue(self, exercise: Exercise, files: dict[str, bytes], source: str) -> QueuedCheck:
        """Save the code as a queued attempt, then send it to the workers (see queueing.py);
        the verdict comes later (`attempt_state`)."""
        if self.sender is None:
            raise ServiceError("This server grades checks itself; there is no queue.")
        unknown = [name for name in files if name not in exercise.files]
        if unknown:
            raise ServiceError(f"'{unknown[0]}' is not a file of exercise '{exercise.id}'.")
        self.sender.admit()
        texts = {name: data.decode("utf-8", errors="replace") for name, data in files.items()}
        attempt_id = self.store.start_attempt(exercise.id, texts, source, queued=True)
        self.select(exercise)
        return self.sender.send(attempt_id)

    def reconcile(self) -> int:
        """Send again the queued checks whose lease ran out (the server does it on a timer)."""
        return self.sender.reconcile() if self.sender is not None else 0

    def attempt_state(self, attempt_id: int) -> AttemptState:
        """Where one of this learner's checks stands: waiting (and where), or its verdict."""
        try:
            record = self.store.attempt(attempt_id)
        except NotFound as exc:
            raise ServiceError(f"There is no check {attempt_id} of yours.") from exc
        position = None
        if record.status in (QUEUED, RUNNING) and self.sender is not None:
            position = self.sender.position(attempt_id)
        return AttemptState(
            record.id, record.exercise_id, record.status, position, record.verdict, record.reason
        )

    def check_outcome(self, attempt_id: int) -> CheckOutcome | AttemptState:
        """The verdict of a queued check once it has one, else where it stands."""
        state = self.attempt_state(attempt_id)
        exercise = self.course.exercise(state.exercise_id)
        if state.verdict is None or exercise is None:
            return state
        verdict = Verdict.from_json(state.verdict)
        following = self.next_exercise(exercise) if verdict.passed else None
        return CheckOutcome(exercise, attempt_id, verdict, False, following)
