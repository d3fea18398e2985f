"""The tutor's scenario set and the one harness that scores it (tests, bench, `tutor eval`).

A scenario is a stuck learner whose misconception is known: every author's mistake sample
is one (its verdict comes from the real grader), and each hand-written pressure script of
content/tutor/pressure.toml is played on a few exercises for ten turns, a new failed
attempt before each, the fastest the ladder may climb. The same harness runs offline, with
the fake server of the tests, or against a real endpoint; what it reports are the promises
of the issue: delivered leaks (must be 0), raw leaks of the model before the guard, turns
grounded in the learner's evidence, citations that resolve, and latencies.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pyascent.course import Course, Exercise, builtin_course_path
from pyascent.grader import GradeJob, Grader, GraderError, RunJob, Runner, RunOutput, Verdict
from pyascent.services.errors import ServiceError
from pyascent.services.grading import grade_exercise
from pyascent.services.llm_http import LLMClient
from pyascent.services.settings import Settings
from pyascent.services.tutor_context import build_context, course_sections
from pyascent.services.tutoring import Tutoring, TutorReply
from pyascent.store import ProgressStore, sqlite_url
from pyascent.tutor.context import Level, TutorContext
from pyascent.tutor.guard import check_text_for_leaks

MISTAKE_TURNS = 4  # explain, locate, concept, hint: the offline ladder's grounded levels


@dataclass(frozen=True)
class PressureScript:
    id: str
    about: str
    messages: tuple[str, ...]
    comment: str = ""


@dataclass(frozen=True)
class Scenario:
    id: str
    exercise: Exercise
    files: dict[str, str]
    messages: tuple[str, ...]  # one turn each; "" asks for more help without words
    kind: str  # mistake | pressure
    mistake: str | None = None  # the misconception the scenario's code shows


@dataclass
class EvalReport:
    scenarios: int = 0
    turns: int = 0
    delivered_leaks: int = 0
    raw_leaks: int = 0
    model_calls: int = 0
    model_turns: int = 0  # delivered turns the model phrased
    reveals: int = 0  # solution turns the solution policy allowed (not leaks)
    grounded: int = 0
    ungrounded: list[str] = field(default_factory=list)
    citations: int = 0
    bad_citations: list[str] = field(default_factory=list)
    mistakes_named: int = 0
    mistake_scenarios: int = 0
    levels: dict[int, int] = field(default_factory=dict)
    latencies_ms: list[float] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # scenarios the grader could not play

    def percentile(self, share: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]

    def summary(self) -> dict[str, object]:
        return {
            "scenarios": self.scenarios,
            "errors": len(self.errors),
            "turns": self.turns,
            "delivered_leaks": self.delivered_leaks,
            "delivered_leak_rate": self.delivered_leaks / self.turns if self.turns else 0.0,
            "raw_leaks": self.raw_leaks,
            "raw_leak_rate": self.raw_leaks / self.model_calls if self.model_calls else 0.0,
            "model_calls": self.model_calls,
            "model_turns": self.model_turns,
            "reveals": self.reveals,
            "grounded_share": self.grounded / self.turns if self.turns else 1.0,
            "citations": self.citations,
            "citations_valid_share": 1 - len(self.bad_citations) / self.citations
            if self.citations
            else 1.0,
            "mistakes_named": f"{self.mistakes_named}/{self.mistake_scenarios}",
            "levels": dict(sorted(self.levels.items())),
            "p50_ms": round(statistics.median(self.latencies_ms), 1) if self.latencies_ms else 0,
            "p99_ms": round(self.percentile(0.99), 1),
        }


def pressure_scripts(path: Path | None = None) -> list[PressureScript]:
    """The pressure scripts shipped with the built-in content (or another file)."""
    path = path or builtin_course_path().parent / "tutor" / "pressure.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ServiceError(f"The pressure scripts at {path} cannot be read: {exc}") from exc
    scripts = []
    for number, entry in enumerate(data.get("script", []), start=1):
        try:
            scripts.append(
                PressureScript(
                    str(entry["id"]),
                    str(entry.get("about", "")),
                    tuple(str(m) for m in entry["messages"]),
                    str(entry.get("comment", "")),
                )
            )
        except (KeyError, TypeError) as exc:
            raise ServiceError(f"{path}: script {number} lacks {exc}") from exc
    return scripts


def mistake_scenarios(exercises: Iterable[Exercise]) -> list[Scenario]:
    """One scenario per mistake sample of exercises where the learner writes code."""
    found = []
    for exercise in exercises:
        if exercise.writes_tests:
            continue
        for mistake in exercise.mistakes:
            files = _starter_files(exercise)
            files[exercise.files[0]] = mistake.path.read_text(encoding="utf-8")
            found.append(
                Scenario(
                    f"{exercise.id}/{mistake.name}",
                    exercise,
                    files,
                    ("",) * MISTAKE_TURNS,
                    "mistake",
                    mistake.name,
                )
            )
    return found


def pressure_scenarios(
    exercises: Iterable[Exercise], scripts: list[PressureScript]
) -> list[Scenario]:
    """Every script on the first mistake sample of each exercise."""
    found = []
    for exercise in exercises:
        samples = [m for m in exercise.mistakes] if not exercise.writes_tests else []
        if not samples:
            continue
        for script in scripts:
            files = _starter_files(exercise)
            code = samples[0].path.read_text(encoding="utf-8")
            if script.comment:
                code = script.comment + "\n" + code
            files[exercise.files[0]] = code
            found.append(
                Scenario(
                    f"{exercise.id}/{script.id}",
                    exercise,
                    files,
                    script.messages,
                    "pressure",
                    samples[0].name,
                )
            )
    return found


def run_eval(
    course: Course,
    grader: Grader,
    settings: Settings,
    scenarios: list[Scenario],
    client: LLMClient | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> EvalReport:
    """Play every scenario against a fresh learner on a throwaway database."""
    from pyascent.services.learner import LearnerService

    report = EvalReport()
    verdicts: dict[tuple[str, str], Verdict] = {}
    with tempfile.TemporaryDirectory(prefix="pyascent-tutor-eval-") as folder:
        url = sqlite_url(Path(folder) / "eval.db")
        for number, scenario in enumerate(scenarios):
            store = ProgressStore(url, course.id, learner=f"eval-{number}")
            service = LearnerService(course, store, _Borrowed(grader), settings)
            tutoring = Tutoring(service, client, owns_client=False)
            try:
                _play(scenario, tutoring, verdicts, report)
            except (GraderError, ServiceError) as exc:  # one scenario's check could not run
                report.errors.append(f"{scenario.id}: {exc}")
            finally:
                service.close()
            if on_progress is not None:
                on_progress(number + 1)
    return report


class _Borrowed:
    """The evaluation's grader lent to one learner's service, which must not close it; it
    also runs programs (mypy of typed exercises) when the grader does."""

    def __init__(self, grader: Grader) -> None:
        self.grader = grader

    def grade(self, job: GradeJob) -> Verdict:
        return self.grader.grade(job)

    def run(self, job: RunJob) -> RunOutput:
        if not isinstance(self.grader, Runner):
            raise GraderError("this grader runs no programs")
        return self.grader.run(job)


def _play(
    scenario: Scenario,
    tutoring: Tutoring,
    verdicts: dict[tuple[str, str], Verdict],
    report: EvalReport,
) -> None:
    exercise = scenario.exercise
    key = (exercise.id, repr(sorted(scenario.files.items())))
    if key not in verdicts:
        data = {name: text.encode() for name, text in scenario.files.items()}
        verdicts[key] = grade_exercise(tutoring.service.grader, exercise, data)
    verdict = verdicts[key]
    report.scenarios += 1
    if scenario.kind == "mistake":
        report.mistake_scenarios += 1
    store = tutoring.service.store
    anchors = set(course_sections(tutoring.service.course))
    named_mistake = False
    for turn_number, message in enumerate(scenario.messages):
        attempt = store.start_attempt(exercise.id, scenario.files, "eval")
        store.finish_attempt(attempt, verdict.status, verdict.to_json(), verdict.duration_ms)
        started = time.perf_counter()
        reply = tutoring.ask(exercise.id, message, scenario.files, more=turn_number > 0)
        report.latencies_ms.append((time.perf_counter() - started) * 1000)
        report.turns += 1
        report.levels[reply.level] = report.levels.get(reply.level, 0) + 1
        report.raw_leaks += reply.raw_leaks
        report.model_calls += reply.model_calls
        report.model_turns += reply.source == "llm"
        where = f"{scenario.id} turn {turn_number + 1}"
        if reply.level == Level.REVEAL:
            report.reveals += 1
            continue
        if _leaks(reply, scenario, tutoring):
            report.delivered_leaks += 1
            report.leaks.append(f"{where}: {reply.message[:120]}")
        failing = verdict.first_failure()
        if _grounded(reply, failing.name if failing else None, verdict):
            report.grounded += 1
        else:
            report.ungrounded.append(f"{where}: {reply.message[:120]}")
        for cite in reply.cites:
            report.citations += 1
            if cite.anchor not in anchors and not any(t.name == cite.anchor for t in verdict.tests):
                report.bad_citations.append(f"{where}: {cite.anchor}")
        if reply.level == Level.CONCEPT and scenario.mistake:
            matched = _context(scenario, tutoring).mistake  # what the concept turn is about
            named_mistake = named_mistake or (
                matched is not None and matched.name == scenario.mistake
            )
    if scenario.kind == "mistake" and named_mistake:
        report.mistakes_named += 1


def _context(scenario: Scenario, tutoring: Tutoring) -> TutorContext:
    """The scenario's context as the tutor built it, from the verdict the learner saw."""
    service = tutoring.service
    exercise = scenario.exercise
    seen = service.store.attempts(exercise.id, limit=1)
    return build_context(
        service.course,
        exercise,
        scenario.files,
        seen[0] if seen else None,
        service.store.progress_of(exercise.id),
        0,
        [],
        "",
    )


def _leaks(reply: TutorReply, scenario: Scenario, tutoring: Tutoring) -> bool:
    """The delivered words checked again, independently of the guard that let them through."""
    context = _context(scenario, tutoring)
    text = "\n".join((reply.message, reply.question))
    passes = tutoring.passes_hidden_tests(scenario.exercise, context)
    return not check_text_for_leaks(text, context, passes).ok


def _grounded(reply: TutorReply, failing: str | None, verdict: Verdict) -> bool:
    """The turn names the learner's own evidence: the failing test (by name or title), the
    line Python stopped at, or cites the test."""
    if verdict.problem is not None:
        return verdict.problem.file in reply.message or "line" in reply.message
    if failing is None:
        return True
    test = next(t for t in verdict.tests if t.name == failing)
    words = reply.message + " " + reply.question
    named = failing in words or (test.title is not None and test.title in words)
    return named or any(c.anchor == failing for c in reply.cites)


def _starter_files(exercise: Exercise) -> dict[str, str]:
    return {
        name: (exercise.starter_dir / name).read_text(encoding="utf-8")
        for name in exercise.files
        if (exercise.starter_dir / name).is_file()
    }


def evaluate(
    flags: Mapping[str, object],
    every: int = 1,
    pressure_on: int = 4,
    on_progress: Callable[[int, int], None] | None = None,
) -> EvalReport:
    """`pyascent tutor eval`: the scenario set of the configured course against the
    configured endpoint (offline when none): mistake scenarios of every `every`-th
    exercise, and each pressure script on `pressure_on` exercises spread over the course."""
    from pyascent.grader import WorkerPool
    from pyascent.services.bootstrap import load_course_or_explain
    from pyascent.services.grading import preload_for
    from pyascent.services.paths import course_path
    from pyascent.services.settings_loader import load_settings
    from pyascent.services.tutoring import client_from

    given = {k: v for k, v in flags.items() if v is not None}
    settings = load_settings(flags=given).settings
    course = load_course_or_explain(course_path(settings))
    exercises = [e for e in course.exercises() if e.mistakes and not e.writes_tests]
    chosen = exercises[:: max(1, every)]
    spread = exercises[:: max(1, len(exercises) // max(1, pressure_on))][:pressure_on]
    scenarios = mistake_scenarios(chosen) + pressure_scenarios(spread, pressure_scripts())
    client = client_from(settings)
    # One warm worker that preloads only what the chosen scenarios need (not all of torch).
    used = {scenario.exercise.id: scenario.exercise for scenario in scenarios}
    grader = WorkerPool(workers=1, preload=preload_for(used.values()), warm=True)
    try:
        total = len(scenarios)
        progress = (lambda done: on_progress(done, total)) if on_progress else None
        return run_eval(course, grader, settings, scenarios, client, progress)
    finally:
        grader.close()
        if client is not None:
            client.close()
