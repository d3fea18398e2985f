"""Proving the lessons' quizzes for `course check`, and recording their answers.

Every predict snippet and Parsons solution runs through the same sandbox runner, with the
same limits, as a lesson example's Run button. It must finish and print something, and a
Parsons solution must print its `expected` output when it has one. A quiz whose answer is
its program's output (`Quiz.needs_recorded_answer`) must also print exactly the answer
recorded in its module's `quiz-answers.toml` for exactly this code: an edited snippet, or a
snippet that prints something new on another Python, fails the check until the author runs
`course check --record-answers` and the new answer shows in review (`course.answers`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyascent.course import (
    ANSWERS_FILE,
    Course,
    Lesson,
    Module,
    Problem,
    Quiz,
    RecordedAnswer,
    code_digest,
    quiz_key,
    render_answers,
    same_output,
)
from pyascent.grader import GraderError, Limits, RunJob, Runner, RunOutput

# The same limits as a lesson example run from the page (LearnerService.run_example).
QUIZ_LIMITS = Limits(cpu_seconds=3, wall_seconds=6, source_kb=64)
RECORD_COMMAND = "pyascent course check --record-answers"


@dataclass(frozen=True)
class QuizTask:
    module: Module
    lesson: Lesson
    quiz: Quiz

    @property
    def label(self) -> str:
        return f"{self.lesson.path.name} {self.quiz.kind} quiz {self.quiz.number}"

    @property
    def key(self) -> str:
        return quiz_key(self.module.id, self.lesson.slug, self.quiz.number)


@dataclass(frozen=True)
class QuizProof:
    """A quiz's run: the problems found and, when it printed its answer, that answer."""

    task: QuizTask
    problems: list[Problem]
    answer: str | None = None


def quiz_tasks(course: Course) -> list[QuizTask]:
    """Every quiz whose answer comes from running code (predict and Parsons)."""
    return [
        QuizTask(module, lesson, quiz)
        for module in course.modules
        for lesson in module.lessons
        for quiz in lesson.quizzes
        if quiz.kind in ("predict", "parsons")
    ]


def prove_quiz(task: QuizTask, runner: object) -> QuizProof:
    """Run a quiz's program in the sandbox: it must finish, print, and print what it should."""
    quiz, path = task.quiz, task.lesson.path
    if not isinstance(runner, Runner):
        message = f"{quiz.kind} quiz: this grader cannot run code"
        return QuizProof(task, [Problem(path, quiz.line, None, message)])
    try:
        output = runner.run(RunJob(code=quiz.program.encode("utf-8"), limits=QUIZ_LIMITS))
    except GraderError as exc:
        message = f"{quiz.kind} quiz: the sandbox failed: {exc}"
        return QuizProof(task, [Problem(path, quiz.line, None, message)])
    problems = judge_quiz(task, output)
    answer = output.stdout if not problems and quiz.needs_recorded_answer else None
    return QuizProof(task, problems, answer)


def judge_quiz(task: QuizTask, output: RunOutput) -> list[Problem]:
    quiz, path = task.quiz, task.lesson.path
    what = "snippet" if quiz.kind == "predict" else "solution"

    def problem(message: str) -> list[Problem]:
        return [Problem(path, quiz.line, None, f"{quiz.kind} quiz: the {what} {message}")]

    if output.status == "timeout":
        return problem("does not finish within the time limit")
    if output.status != "ok":
        return problem(f"raises {output.error or 'an error'}")
    if quiz.kind == "parsons" and quiz.expected is not None:
        if not same_output(output.stdout, quiz.expected):
            return problem(f"prints {output.stdout!r}, not its expected {quiz.expected!r}")
        return []
    if not output.stdout.strip():
        return problem(
            "prints nothing: there is no output to "
            + ("predict" if quiz.kind == "predict" else "compare (print, or give expected)")
        )
    return []


def record_problems(proofs: list[QuizProof], course: Course) -> list[Problem]:
    """Each printed answer against its record; records left without a quiz are defects too."""
    problems: list[Problem] = []
    for proof in proofs:
        if proof.answer is not None:
            problems.extend(_against_record(proof, proof.answer))
    wanted = {
        quiz_key(m.id, lesson.slug, q.number)
        for m in course.modules
        for lesson in m.lessons
        for q in lesson.quizzes
        if q.needs_recorded_answer
    }
    for module in course.modules:
        for record in module.answers:
            if record.quiz not in wanted:
                problems.append(
                    Problem(
                        module.path / ANSWERS_FILE,
                        record.line,
                        "quiz",
                        f"an answer is recorded for quiz '{record.quiz}', which does not "
                        f"exist or has its own expected output; run `{RECORD_COMMAND}`",
                    )
                )
    return problems


def _against_record(proof: QuizProof, answer: str) -> list[Problem]:
    task = proof.task
    what = "snippet" if task.quiz.kind == "predict" else "solution"
    record = next((r for r in task.module.answers if r.quiz == task.key), None)

    def problem(message: str) -> list[Problem]:
        full = f"{task.quiz.kind} quiz: {message}; run `{RECORD_COMMAND}` and review the change"
        return [Problem(task.lesson.path, task.quiz.line, None, full)]

    if record is None:
        return problem(f"its answer ({answer!r}) is not recorded yet")
    if record.code_sha256 != code_digest(task.quiz.program):
        if record.output == answer:
            return problem(f"the {what} changed since its answer was recorded")
        return problem(
            f"the {what} changed since its answer was recorded, and the answer with it: "
            f"recorded {record.output!r}, now it prints {answer!r}"
        )
    if record.output != answer:
        return problem(
            f"the {what} no longer prints its recorded answer: recorded "
            f"{record.output!r}, now it prints {answer!r} (another Python version, or "
            "output that changes from run to run?)"
        )
    return []


def write_answers(proofs: list[QuizProof], course: Course) -> int:
    """Record every answer printed into its module's answers file; the count recorded.

    A module without such quizzes loses its file. A quiz that failed keeps no record, so
    the next check still reports it.
    """
    recorded = 0
    for module in course.modules:
        records = [
            RecordedAnswer(p.task.key, code_digest(p.task.quiz.program), p.answer)
            for p in proofs
            if p.task.module.id == module.id and p.answer is not None
        ]
        target: Path = module.path / ANSWERS_FILE
        if records:
            text = render_answers(records)
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
            recorded += len(records)
        elif target.exists():
            target.unlink()
    return recorded
