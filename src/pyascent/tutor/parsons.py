"""A Parsons puzzle of the reference: the right lines, shuffled, among the learner's own wrong ones.

At the last rung before the solution a learner who has failed several times still does
the thinking: which lines belong, in what order, at what depth. Putting lines in order is
easier than writing them (Parsons and Haden; Ericson's adaptive puzzles), and using the
learner's own wrong lines as distractors makes them face their misconception once more.
The shuffle is seeded by the exercise, so a reload shows the same puzzle, and the
solution's order never leaves this module except through `check_order`.
"""

from __future__ import annotations

import ast
import random
from collections.abc import Sequence
from dataclasses import dataclass

from pyascent.tutor.context import ParsonsPuzzle

MAX_DISTRACTORS = 3


@dataclass(frozen=True)
class OrderCheck:
    """Whether an arrangement is right; `first_wrong` is the first line out of place."""

    correct: bool
    first_wrong: int | None = None  # 0-based index into the answer

    def __bool__(self) -> bool:
        return self.correct


def solution_lines(reference_source: str) -> tuple[str, ...]:
    """The reference's code lines, stripped: no blank lines, comments or docstrings."""
    skipped = _docstring_lines(reference_source)
    lines: list[str] = []
    for number, raw in enumerate(reference_source.splitlines(), start=1):
        line = raw.strip()
        if line and not line.startswith("#") and number not in skipped:
            lines.append(line)
    return tuple(lines)


def puzzle(reference_source: str, distractors: Sequence[str], seed: str) -> ParsonsPuzzle:
    """The puzzle: the reference's lines and up to three distractors, shuffled by `seed`."""
    solution = solution_lines(reference_source)
    chosen: list[str] = []
    for raw in distractors:
        line = raw.strip()
        if line and line not in solution and line not in chosen:
            chosen.append(line)
        if len(chosen) == MAX_DISTRACTORS:
            break
    ordered = list(solution) + chosen
    lines = list(ordered)
    random.Random(seed).shuffle(lines)  # noqa: S311 (a puzzle's order, not a secret)
    if len(set(lines)) > 1 and lines == ordered:
        lines = lines[1:] + lines[:1]  # a shuffle that changed nothing is no puzzle
    return ParsonsPuzzle(lines=tuple(lines), distractors=len(chosen))


def check_order(
    given: ParsonsPuzzle, answer_lines: Sequence[str], reference_source: str
) -> OrderCheck:
    """Whether `answer_lines` is the reference's order, using only the puzzle's lines.

    Indentation and blank lines in the answer do not count: the order is the puzzle.
    """
    solution = solution_lines(reference_source)
    answer = [line.strip() for line in answer_lines if line.strip()]
    offered = list(given.lines)
    for index, line in enumerate(answer):
        if line not in offered:
            return OrderCheck(False, index)  # not one of the puzzle's lines (or used twice)
        offered.remove(line)
        if index >= len(solution) or line != solution[index]:
            return OrderCheck(False, index)
    if len(answer) < len(solution):
        return OrderCheck(False, len(answer))
    return OrderCheck(True)


def _docstring_lines(source: str) -> set[int]:
    """Line numbers of the module's, the classes' and the functions' docstrings."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    numbers: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if not node.body:
            continue
        first = node.body[0]
        if (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
        ):
            numbers.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    return numbers
