"""What the use cases hand back to the shells: plain, frozen views with nothing to call.

Kept apart from LearnerService so the CLI's and the web's renderers read one small module of
shapes, and the service module holds behaviour only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyascent.course import Exercise
from pyascent.grader import Verdict
from pyascent.tutor import Streak


@dataclass(frozen=True)
class RoadmapExercise:
    id: str
    title: str
    status: str
    path: Path | None  # the learner's file in a workspace; None in the web app
    difficulty: int


@dataclass(frozen=True)
class RoadmapModule:
    id: str
    title: str
    phase: int
    weeks: tuple[int, ...]
    exercises: tuple[RoadmapExercise, ...]

    @property
    def done(self) -> int:
        return sum(1 for e in self.exercises if e.status == "done")


@dataclass(frozen=True)
class RoadmapPhase:
    number: int
    title: str
    modules: tuple[RoadmapModule, ...]

    @property
    def done(self) -> int:
        return sum(m.done for m in self.modules)

    @property
    def total(self) -> int:
        return sum(len(m.exercises) for m in self.modules)


@dataclass(frozen=True)
class CheckOutcome:
    exercise: Exercise
    attempt_id: int
    verdict: Verdict
    newly_done: bool
    next_exercise: Exercise | None
    practice: str | None = None  # "comes back tomorrow to solve again (you saw the solution)"


@dataclass(frozen=True)
class AttemptState:
    """A check as the learner's page polls it: queued (position: checks ahead), running,
    or done with its verdict (the JSON of `pyascent grade --json`)."""

    attempt_id: int
    exercise_id: str
    status: str
    position: int | None
    verdict: dict[str, Any] | None
    reason: str | None


@dataclass(frozen=True)
class Suggestion:
    """What to do next and why: solve an exercise again, review cards, or a new exercise."""

    kind: str  # practice | cards | exercise | done
    title: str
    href: str  # the page it leads to
    reason: str


@dataclass(frozen=True)
class TopicStrength:
    name: str  # "closures"
    topic_id: str
    failed_attempts: int
    hints: int
    solutions_seen: int
    done: int  # exercises of the topic passed
    exercises: int
    cards_forgotten: int = 0  # lapses of the topic's flashcards


@dataclass(frozen=True)
class Hint:
    text: str
    number: int
    total: int


@dataclass(frozen=True)
class SolutionView:
    allowed: bool
    reason: str
    files: dict[str, str]


@dataclass(frozen=True)
class ProgressSummary:
    phases: tuple[RoadmapPhase, ...]
    attempts: int
    streak: Streak
    done: int
    total: int
