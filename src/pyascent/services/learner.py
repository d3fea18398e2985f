"""The learner's loop: what to do next, check it, get a hint, see the solution, track progress.

One service used by every shell (the CLI and the web app); each method is one use case and
owns its transaction through the store. Over the usual size because the use cases share the
store, the grader and the workspace; the explorer and the queue are mixins of their own.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import shutil
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path

from pyascent.course import Course, Exercise, topic_catalogue
from pyascent.grader import (
    Grader,
    GraderBusy,
    GraderError,
    Limits,
    RunJob,
    Runner,
    RunOutput,
)
from pyascent.services.errors import (
    GradingBusy,
    GradingFailed,
    ServiceError,
    UnknownFile,
    translate_store_errors,
)
from pyascent.services.grading import files_from, grade_exercise
from pyascent.services.guidance import strength_of_topics, suggest
from pyascent.services.learner_explore import Exploring
from pyascent.services.learner_input import checked_text
from pyascent.services.learner_queue import QueuedChecks
from pyascent.services.queueing import QueueSender
from pyascent.services.review import Reviews
from pyascent.services.settings import Settings
from pyascent.services.tutoring import Tutoring
from pyascent.services.views import (
    CheckOutcome,
    Hint,
    ProgressSummary,
    RoadmapExercise,
    RoadmapModule,
    RoadmapPhase,
    SolutionView,
    Suggestion,
    TopicStrength,
)
from pyascent.services.workspace import DATA_DIR, Workspace, copy_starter
from pyascent.store import (
    ProgressRecord,
    ProgressStore,
    StoreError,
)
from pyascent.tutor import solution_allowed, streak_of

CURRENT_KEY = "current_exercise"

BUSY = "not graded: the grader was busy, check again"
STOPPED = "not graded: the server stopped, check again"
INTERRUPTED = "not graded: the check was interrupted, check again"
FAILED = "not graded: grading failed on this machine, check again"


@translate_store_errors
class LearnerService(QueuedChecks, Exploring):
    """One learner's use cases over one course; open it with `open_learner` or `open_server`.

    A context manager: leaving the `with` block closes the database and the grader. Every
    public method turns a failure of the store into a `StorageError` with a message a person
    can act on, so a database locked in the middle of a check reads the same as at start-up.
    """

    def __init__(
        self,
        course: Course,
        store: ProgressStore,
        grader: Grader,
        settings: Settings,
        workspace: Workspace | None = None,
        sender: QueueSender | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.course = course
        self.store = store
        self.grader = grader
        self.settings = settings
        self.policy = settings.policy
        self._workspace = workspace
        self.sender = sender  # checks go to the queue's workers (queueing.py) when set
        self.clock = clock or (lambda: datetime.now(UTC))  # reviews' "now" (tests set it)

    def __enter__(self) -> LearnerService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            raise ServiceError("This needs a workspace folder (pyascent init DIR).")
        return self._workspace

    @functools.cached_property
    def tutoring(self) -> Tutoring:
        """The tutor (tutoring.py), with the endpoint of the settings if there is one."""
        return Tutoring(self)

    def close(self) -> None:
        if "tutoring" in self.__dict__:
            self.tutoring.close()
        self.store.close()
        if self.sender is not None:
            self.sender.close()
        close = getattr(self.grader, "close", None)
        if callable(close):
            close()

    # -- finding exercises --------------------------------------------------------------

    def resolve(self, key: str | None) -> Exercise:
        """An exercise by id or folder name; None means the current one."""
        if key is None:
            return self.current()
        found = self.course.exercise(key)
        if found is None:
            ids = [e.id for e in self.course.exercises()]
            close = difflib.get_close_matches(key, ids, n=3)
            suggestion = f" Did you mean: {', '.join(close)}?" if close else ""
            raise ServiceError(
                f"There is no exercise '{key}'.{suggestion} `pyascent list` shows them all."
            )
        return found

    def current(self) -> Exercise:
        """The exercise the learner is on: the one chosen last, else the first not done."""
        exercises = self.course.exercises()
        if not exercises:
            raise ServiceError("This course has no exercises yet.")
        chosen = self.store.get_setting(CURRENT_KEY)
        if chosen is not None and (found := self.course.exercise(chosen)) is not None:
            return found
        progress = self.store.progress()
        return next(
            (e for e in exercises if progress.get(e.id, _NEW).status != "done"), exercises[0]
        )

    def select(self, exercise: Exercise) -> None:
        self.store.set_setting(CURRENT_KEY, exercise.id)

    def next_exercise(self, after: Exercise | None = None) -> Exercise | None:
        """The next exercise not done yet, in roadmap order, after `after` (wrapping)."""
        exercises = self.course.exercises()
        progress = self.store.progress()
        start = exercises.index(after) + 1 if after in exercises else 0
        for exercise in exercises[start:] + exercises[:start]:
            if exercise is not after and progress.get(exercise.id, _NEW).status != "done":
                return exercise
        return None

    def exercise_dir(self, exercise: Exercise) -> Path:
        return self.workspace.exercise_dir(self.course, exercise)

    def main_file(self, exercise: Exercise) -> Path:
        return self.exercise_dir(exercise) / exercise.files[0]

    # -- use cases ----------------------------------------------------------------------

    def check(self, key: str | None, source: str = "cli") -> CheckOutcome:
        """Grade the learner's files in the workspace."""
        exercise = self.resolve(key)
        folder = self.exercise_dir(exercise)
        files = files_from(folder, exercise, self.settings.max_code_kb)
        missing = [name for name in exercise.files if name not in files]
        if missing:
            raise ServiceError(
                f"{folder / missing[0]} is missing. Restore the starter with "
                f"`pyascent reset {exercise.id}`."
            )
        return self.submit(exercise, files, source)

    def submit(self, exercise: Exercise, files: dict[str, bytes], source: str) -> CheckOutcome:
        """Grade code; the attempt is saved before the verdict exists, so nothing is lost."""
        unknown = [name for name in files if name not in exercise.files]
        if unknown:
            raise ServiceError(f"'{unknown[0]}' is not a file of exercise '{exercise.id}'.")
        was_done = self.store.progress_of(exercise.id).status == "done"
        texts = {name: data.decode("utf-8", errors="replace") for name, data in files.items()}
        attempt_id = self.store.start_attempt(exercise.id, texts, source)
        try:
            verdict = grade_exercise(self.grader, exercise, files)
        except GraderBusy as exc:
            self._close_ungraded(attempt_id, BUSY)
            raise GradingBusy(exc.retry_after) from exc  # the caller says "try again in N s"
        except GraderError as exc:
            self._close_ungraded(attempt_id, FAILED)
            raise GradingFailed(f"Grading failed on this machine: {exc}") from exc
        except BaseException:  # Ctrl+C in the CLI, a bug: no verdict will come
            self._close_ungraded(attempt_id, INTERRUPTED)
            raise
        self.store.finish_attempt(
            attempt_id, verdict.status, verdict.to_json(), verdict.duration_ms
        )
        self.select(exercise)
        newly_done = verdict.passed and not was_done
        following = self.next_exercise(exercise) if verdict.passed else None
        practice = self.reviews.after_pass(exercise) if verdict.passed else None
        return CheckOutcome(exercise, attempt_id, verdict, newly_done, following, practice)

    def what_next(self) -> Suggestion:
        """The one thing to do next, with the reason (guidance.py)."""
        following = self.next_exercise(self.current())
        return suggest(self.course, self.store.progress(), self.reviews, following)

    def topic_strength(self, limit: int = 8) -> list[TopicStrength]:
        """The topics that cost the most so far, weakest first (for the progress page)."""
        lapses = self.reviews.lapses_by_topic()
        return strength_of_topics(self.course, self.store.progress(), lapses, limit)

    @property
    def reviews(self) -> Reviews:
        """The learner's flashcards: today's queue, ratings (review.py)."""
        return Reviews(self.course, self.store, self.settings, self.clock)

    def hint(self, key: str | None) -> Hint:
        exercise = self.resolve(key)
        if not exercise.hints:
            raise ServiceError(f"'{exercise.id}' has no hints. Read its README.md again.")
        shown = self.store.reveal_hint(exercise.id, len(exercise.hints))
        return Hint(exercise.hints[shown - 1], shown, len(exercise.hints))

    def solution(self, key: str | None) -> SolutionView:
        exercise = self.resolve(key)
        progress = self.store.progress_of(exercise.id)
        allowed, reason = solution_allowed(
            self.policy,
            passed=progress.status == "done",
            hints_shown=progress.hints_shown,
            hints_total=len(exercise.hints),
            failed_attempts=progress.failed_attempts,
        )
        if not allowed:
            return SolutionView(False, reason, {})
        self.store.mark_solution_viewed(exercise.id)
        files = {name: (exercise.solution_dir / name).read_text("utf-8") for name in exercise.files}
        return SolutionView(True, reason, files)

    def reset(self, key: str) -> Path:
        """Restore the starter files; the learner's current files are kept as a backup."""
        exercise = self.resolve(key)
        folder = self.exercise_dir(exercise)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        backup = self.workspace.root / DATA_DIR / "backups" / exercise.id / stamp
        for name in exercise.files:
            if (folder / name).is_file():
                (backup / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(folder / name, backup / name)
        copy_starter(self.course, self.workspace, exercise, force=True)
        self.store.reset(exercise.id)
        return backup

    def roadmap(self) -> tuple[RoadmapPhase, ...]:
        progress = self.store.progress()
        titles = topic_catalogue().phase_titles
        phases = []
        for number in sorted({m.phase for m in self.course.modules}):
            modules = tuple(
                RoadmapModule(
                    id=m.id,
                    title=m.title,
                    phase=m.phase,
                    weeks=m.weeks,
                    exercises=tuple(
                        RoadmapExercise(
                            id=e.id,
                            title=e.title,
                            status=progress.get(e.id, _NEW).status,
                            path=self.main_file(e) if self._workspace else None,
                            difficulty=e.difficulty,
                        )
                        for e in m.exercises
                    ),
                )
                for m in self.course.modules
                if m.phase == number
            )
            phases.append(RoadmapPhase(number, titles.get(number, f"Phase {number}"), modules))
        return tuple(phases)

    def summary(self, today: datetime | None = None) -> ProgressSummary:
        phases = self.roadmap()
        now = (today or datetime.now(UTC)).date()
        return ProgressSummary(
            phases=phases,
            attempts=self.store.attempt_count(),
            streak=streak_of(self.store.active_days(), now),
            done=sum(p.done for p in phases),
            total=sum(p.total for p in phases),
        )

    def run_example(self, code: str) -> RunOutput:
        """Run a lesson's example (or the learner's edit of it) in the sandbox."""
        runner = self.grader
        if not isinstance(runner, Runner):
            raise ServiceError("This grader cannot run examples.")
        limits = Limits(cpu_seconds=3, wall_seconds=6, source_kb=64)
        try:
            return runner.run(RunJob(code=code.encode("utf-8"), limits=limits))
        except GraderBusy as exc:
            raise GradingBusy(exc.retry_after) from exc
        except GraderError as exc:
            raise GradingFailed(f"Running examples failed on this machine: {exc}") from exc

    def activity(self) -> dict[date, int]:
        return self.store.attempts_per_day()

    def status_of(self, exercise: Exercise) -> str:
        """new, attempted or done."""
        return self.store.progress_of(exercise.id).status

    def statuses(self) -> dict[str, str]:
        """Every exercise's status by id (exercises never tried are absent: new)."""
        return {key: record.status for key, record in self.store.progress().items()}

    def subject_files(self, exercise: Exercise) -> dict[str, str]:
        """The code a learner's tests test, for an exercise where they write the tests."""
        return {
            name: (exercise.starter_dir / name).read_text("utf-8", errors="replace")
            for name in exercise.subject
        }

    def hints_shown(self, exercise: Exercise) -> list[str]:
        return list(exercise.hints[: self.store.progress_of(exercise.id).hints_shown])

    def project_files(
        self, exercise: Exercise, main: str, others: Mapping[str, str]
    ) -> dict[str, str]:
        """Every file of the exercise for a check or a draft from the editor: the main file,
        the other files sent, and for a file not sent its saved draft or starter.

        Raises:
            UnknownFile: a file that is not one of the exercise's.
            InputRefused: a file over the size limit or not text.
        """
        unknown = [name for name in others if name not in exercise.files[1:]]
        if unknown:
            raise UnknownFile(f"'{unknown[0]}' is not one of the other files of '{exercise.id}'.")
        saved = self.draft(exercise)
        limit = self.settings.max_code_kb
        texts = {exercise.files[0]: main}
        for name in exercise.files[1:]:
            sent = others.get(name)
            texts[name] = (
                saved[name] if sent is None else checked_text(sent, limit, name, empty_ok=True)
            )
        return texts

    def draft(self, exercise: Exercise) -> dict[str, str]:
        """What the editor shows: the saved draft, else the starter."""
        saved = self.store.draft(exercise.id) or {}
        return {
            name: _showable(saved[name])
            if isinstance(saved.get(name), str)
            else (exercise.starter_dir / name).read_text("utf-8")
            for name in exercise.files
        }

    def save_draft(self, exercise: Exercise, files: dict[str, str]) -> datetime:
        """Keep what is in the editor, checked by the same rule as code sent for checking."""
        unknown = [name for name in files if name not in exercise.files]
        if unknown:
            raise ServiceError(f"'{unknown[0]}' is not a file of exercise '{exercise.id}'.")
        limit = self.settings.max_code_kb
        checked = {
            name: checked_text(text, limit, "Your draft", empty_ok=True)
            for name, text in files.items()
        }
        return self.store.save_draft(exercise.id, checked)

    def history(
        self, key: str | None, limit: int = 20
    ) -> list[tuple[int, datetime, str, str | None]]:
        """Attempts newest first: id, time, status, and why a not-graded one has no verdict."""
        exercise = self.resolve(key)
        return [
            (a.id, a.created_at, a.status, a.reason)
            for a in self.store.attempts(exercise.id, limit)
        ]

    def close_stale_attempts(self) -> int:
        """Close the attempts a stopped process left pending; returns how many.

        Run when the server starts and then periodically (web/reaper.py). A check still
        running elsewhere (the CLI on the same database) keeps its attempt: its process
        runs and the attempt is younger than the lease; were its verdict to come after
        all, the verdict wins (ProgressStore.finish_attempt).
        """
        closed = 0
        for attempt in self.store.stale_attempts(self.settings.pending_lease_seconds):
            reason = STOPPED if attempt.source == "web" else INTERRUPTED
            closed += self.store.close_attempt(attempt.id, reason)
        return closed

    def _close_ungraded(self, attempt_id: int, reason: str) -> None:
        # The first error matters more; should this fail, close_stale_attempts closes it.
        with contextlib.suppress(StoreError):
            self.store.close_attempt(attempt_id, reason)


def _showable(text: str) -> str:
    """A stored text as it can be shown: a lone surrogate saved by an older version becomes
    U+FFFD instead of breaking the page that shows it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text


_NEW = ProgressRecord("", "new", 0, 0, False, None)
