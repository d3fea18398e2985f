"""Quizzes written in a lesson's Markdown as fenced blocks, read into `Quiz` values.

Three kinds, named by the fence's info string:

- ```` ```quiz predict ````: a Python snippet; the learner types what it prints. The answer is
  never written down: it is what the snippet prints in the sandbox.
- ```` ```quiz choice ````: TOML with `question` and `[[option]]` tables (`text`, `correct`,
  `explanation`); at least one option is correct, and every option explains itself.
- ```` ```quiz parsons ````: TOML with `question`, `solution` (the lines in order, each with
  its indentation), optional `distractors` and optional `expected` output.

Pure: nothing here runs code. Whether a snippet runs and prints what it should is proved by
`pyascent course check` (services.course_check), which runs each one through the grader.
Every authoring error is a `Problem` pinned to the lesson file and the line of the fence (or
of the offending TOML line inside it).
"""

from __future__ import annotations

import hashlib
import random
import re
import tomllib
from pathlib import Path
from typing import Any

from pyascent.course.model import ChoiceOption, Quiz
from pyascent.course.problems import Problem

KINDS = ("predict", "choice", "parsons")
PREDICT_QUESTION = "What does this program print?"

_OPEN = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`]*?)[ \t]*$")
_TOML_POS = re.compile(r"\(at line (\d+), column (\d+)\)")


def parse_quizzes(path: Path, body: str, first_line: int = 1) -> tuple[list[Quiz], list[Problem]]:
    """Every quiz fence of a lesson body, and every authoring error found in them.

    `first_line` is the file's line number of the body's first line (front matter comes
    before it). A quiz with an error is left out of the list: its fence then shows as code.
    """
    lines = body.splitlines()
    quizzes: list[Quiz] = []
    problems: list[Problem] = []
    index = 0
    while index < len(lines):
        opened = _OPEN.match(lines[index])
        if opened is None:
            index += 1
            continue
        fence = opened.group("fence")
        close = _closing(lines, index + 1, fence)
        words = opened.group("info").split()
        if words[:1] == ["quiz"]:
            line = first_line + index
            end = close if close is not None else len(lines)
            content = "\n".join(lines[index + 1 : end])
            if close is None:
                problems.append(Problem(path, line, None, "quiz fence is never closed"))
            else:
                found, errors = _quiz(path, line, words[1:], content, len(quizzes) + 1)
                problems.extend(errors)
                if found is not None:
                    start, stop = index, close + 1
                    quizzes.append(_placed(found, start, stop))
        index = (close if close is not None else len(lines)) + 1
    return quizzes, problems


def _closing(lines: list[str], start: int, fence: str) -> int | None:
    """Index of the line closing a fence opened with `fence` (same character, as long)."""
    closing = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
    return next((i for i in range(start, len(lines)) if closing.match(lines[i])), None)


def _placed(quiz: Quiz, start: int, end: int) -> Quiz:
    return Quiz(
        kind=quiz.kind,
        number=quiz.number,
        line=quiz.line,
        start=start,
        end=end,
        code=quiz.code,
        question=quiz.question,
        options=quiz.options,
        solution=quiz.solution,
        distractors=quiz.distractors,
        expected=quiz.expected,
    )


def _quiz(
    path: Path, line: int, words: list[str], content: str, number: int
) -> tuple[Quiz | None, list[Problem]]:
    if len(words) != 1 or words[0] not in KINDS:
        named = " ".join(words) or "nothing"
        message = f"a quiz fence names its kind, one of {', '.join(KINDS)} (found {named})"
        return None, [Problem(path, line, None, message)]
    kind = words[0]
    if kind == "predict":
        if not content.strip():
            return None, [Problem(path, line, None, "predict quiz: the snippet is empty")]
        code = content.rstrip() + "\n"
        return Quiz("predict", number, line, 0, 0, code=code, question=PREDICT_QUESTION), []
    data, problem = _toml(path, line, content, kind)
    if problem is not None:
        return None, [problem]
    reader = _Fields(path, line, content, kind, data)
    if kind == "choice":
        return reader.choice(number)
    return reader.parsons(number)


def _toml(path: Path, line: int, content: str, kind: str) -> tuple[dict[str, Any], Problem | None]:
    try:
        return tomllib.loads(content), None
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POS.search(str(exc))
        where = line + int(match.group(1)) if match else line
        if match is None and "end of document" in str(exc):
            where = line + len(content.splitlines())  # the fence's last line
        message = _TOML_POS.sub("", str(exc)).strip()
        return {}, Problem(path, where, None, f"{kind} quiz: invalid TOML: {message}")


class _Fields:
    """Reads the fields of one quiz's TOML, collecting problems with their lines."""

    def __init__(self, path: Path, line: int, content: str, kind: str, data: dict[str, Any]):
        self.path = path
        self.line = line
        self.lines = content.splitlines()
        self.kind = kind
        self.data = data
        self.problems: list[Problem] = []

    def add(self, message: str, key: str | None = None, nth: int = 0) -> None:
        self.problems.append(
            Problem(self.path, self.line_of(key, nth), key, f"{self.kind} quiz: {message}")
        )

    def line_of(self, key: str | None, nth: int = 0) -> int:
        """The file line of the nth `key = ...` (or `[[key]]`) in the fence, else the fence."""
        if key is None:
            return self.line
        pattern = re.compile(rf"^\s*(\[\[\s*{re.escape(key)}\s*\]\]|{re.escape(key)}\s*=)")
        seen = 0
        for offset, raw in enumerate(self.lines, start=1):
            if pattern.match(raw):
                if seen == nth:
                    return self.line + offset
                seen += 1
        return self.line

    def unknown(self, data: dict[str, Any], known: set[str], where: str = "") -> None:
        for key in sorted(set(data) - known):
            self.add(f"unknown field '{where}{key}' (see docs/authoring.md)", key)

    def text(self, key: str, *, required: bool = True) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.add(f"'{key}' is missing")
            return None
        if not isinstance(value, str) or not value.strip():
            self.add(f"'{key}' must be some text", key)
            return None
        return value

    def choice(self, number: int) -> tuple[Quiz | None, list[Problem]]:
        self.unknown(self.data, {"question", "option"})
        question = self.text("question")
        raw = self.data.get("option")
        options: list[ChoiceOption] = []
        if not isinstance(raw, list) or len(raw) < 2:
            self.add("give at least two [[option]] tables")
            raw = []
        for nth, option in enumerate(raw):
            where = self.line_of("option", nth)
            if not isinstance(option, dict):
                self.add("each option is a [[option]] table", "option", nth)
                continue
            self.unknown(option, {"text", "correct", "explanation"}, "option.")
            text, correct, why = (
                option.get("text"),
                option.get("correct"),
                option.get("explanation"),
            )
            label = f"option {nth + 1}"
            bad = len(self.problems)
            if not isinstance(text, str) or not text.strip():
                self.problems.append(self._at(where, f"{label} has no text"))
            if not isinstance(correct, bool):
                self.problems.append(self._at(where, f"{label}: 'correct' is true or false"))
            if not isinstance(why, str) or not why.strip():
                self.problems.append(self._at(where, f"{label} has no explanation"))
            if len(self.problems) == bad:
                assert isinstance(text, str) and isinstance(correct, bool) and isinstance(why, str)
                options.append(ChoiceOption(text.strip(), correct, why.strip()))
        if raw and len(options) == len(raw) and not any(o.correct for o in options):
            self.add("no option is correct: mark at least one with correct = true")
        if self.problems or question is None:
            return None, self.problems
        quiz = Quiz("choice", number, self.line, 0, 0, question=question, options=tuple(options))
        return quiz, []

    def _at(self, line: int, message: str) -> Problem:
        return Problem(self.path, line, "option", f"{self.kind} quiz: {message}")

    def parsons(self, number: int) -> tuple[Quiz | None, list[Problem]]:
        self.unknown(self.data, {"question", "solution", "distractors", "expected"})
        question = self.text("question")
        solution_text = self.text("solution")
        solution = tuple(
            line.rstrip() for line in (solution_text or "").splitlines() if line.strip()
        )
        if solution_text is not None and len(solution) < 2:
            self.add("the solution needs at least two lines to put in order", "solution")
        distractors: list[str] = []
        raw = self.data.get("distractors", [])
        if not isinstance(raw, list) or not all(isinstance(d, str) and d.strip() for d in raw):
            self.add("'distractors' is a list of lines", "distractors")
            raw = []
        for line in raw:
            line = line.rstrip()
            if line in solution:
                self.add(f"distractor {line!r} is also a line of the solution", "distractors")
            elif line in distractors:
                self.add(f"distractor {line!r} is listed twice", "distractors")
            else:
                distractors.append(line)
        expected = self.data.get("expected")
        if expected is not None and not isinstance(expected, str):
            self.add("'expected' is the text the solution prints", "expected")
        if self.problems or question is None:
            return None, self.problems
        quiz = Quiz(
            "parsons",
            number,
            self.line,
            0,
            0,
            question=question,
            solution=solution,
            distractors=tuple(distractors),
            expected=expected,
        )
        return quiz, []


def same_output(answer: str, output: str) -> bool:
    """Whether a typed answer says what a program printed: trailing spaces on each line and
    blank lines at the end do not count, and Windows line ends are plain line ends."""

    def tidy(text: str) -> list[str]:
        lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
        while lines and not lines[-1]:
            lines.pop()
        return lines

    return tidy(answer) == tidy(output)


def shuffled(quiz: Quiz) -> list[int]:
    """The order a Parsons quiz shows its lines in: indices into `quiz.pool`, the same on
    every page view (seeded by the lines), and never the solution's own order."""
    pool = list(range(len(quiz.pool)))
    seed = hashlib.sha256("\n".join(quiz.pool).encode("utf-8")).digest()
    random.Random(seed).shuffle(pool)  # noqa: S311 - an order to show, not a secret
    if len(pool) > 1 and pool[: len(quiz.solution)] == list(range(len(quiz.solution))):
        pool = pool[1:] + pool[:1]
    return pool
