"""The AST diff: the learner's first differing line, its kind in words, never the reference."""

from __future__ import annotations

import pytest

from pyascent.tutor.diffhint import DiffPoint, locate_difference, wrong_lines

from .ladder_exercises import (
    GREETING_LEARNER,
    GREETING_REFERENCE,
    MUTATION_LEARNER,
    MUTATION_REFERENCE,
    TOTAL_LEARNER,
    TOTAL_REFERENCE,
)

CHECK_REFERENCE = """def describe(age):
    if age < 18:
        return "young"
    return "adult"
"""


@pytest.mark.parametrize(
    ("learner", "reference", "expected"),
    [
        (GREETING_LEARNER, GREETING_REFERENCE, DiffPoint(2, "the return value on line 2")),
        (
            TOTAL_LEARNER,
            TOTAL_REFERENCE,
            DiffPoint(4, "what the for loop on line 4 goes over"),
        ),
        (
            TOTAL_REFERENCE.replace("total += number", "total = number"),
            TOTAL_REFERENCE,
            DiffPoint(6, "the value assigned on line 6"),
        ),
        (
            TOTAL_REFERENCE.replace("total += number", "total -= number"),
            TOTAL_REFERENCE,
            DiffPoint(6, "the operator on line 6"),
        ),
        (
            "def running_total(numbers):\n    totals = []\n    total = 0\n    return totals\n",
            TOTAL_REFERENCE,
            DiffPoint(3, "a loop is missing after line 3"),
        ),
        (
            TOTAL_REFERENCE.replace("return totals", "print(totals)"),
            TOTAL_REFERENCE,
            DiffPoint(8, "the print call on line 8"),
        ),
        (
            CHECK_REFERENCE.replace("age < 18", "age <= 18"),
            CHECK_REFERENCE,
            DiffPoint(2, "the condition of the if on line 2"),
        ),
        (
            "import math\n\n\n" + CHECK_REFERENCE.replace('"young"', '"child"'),
            CHECK_REFERENCE,
            DiffPoint(1, "the import on line 1 is not needed"),
        ),
        (
            "def describe(age, name):\n    return name\n",
            CHECK_REFERENCE,
            DiffPoint(1, "the parameters of describe on line 1"),
        ),
        ("x = 1\n", GREETING_REFERENCE, DiffPoint(1, "the function greet is missing")),
        (MUTATION_LEARNER, MUTATION_REFERENCE, DiffPoint(2, "the for loop on line 2")),
    ],
)
def test_the_first_difference_is_located_in_the_learners_code(
    learner: str, reference: str, expected: DiffPoint
) -> None:
    assert locate_difference(learner, reference) == expected


def test_renamed_variables_are_not_a_difference() -> None:
    renamed = TOTAL_REFERENCE.replace("totals", "sums").replace("total ", "acc ")
    renamed = renamed.replace("(total)", "(acc)").replace("number", "n")
    assert "def running_total(ns):" in renamed and "acc += n" in renamed
    assert locate_difference(renamed, TOTAL_REFERENCE) is None
    assert locate_difference(TOTAL_REFERENCE, TOTAL_REFERENCE) is None


def test_a_docstring_is_not_a_difference_but_a_later_line_is() -> None:
    learner = GREETING_REFERENCE.replace('    """Greet someone by name."""\n', "")
    assert locate_difference(learner, GREETING_REFERENCE) is None
    wrong = learner.replace("Hello", "Hi")
    assert locate_difference(wrong, GREETING_REFERENCE) == DiffPoint(
        2, "the return value on line 2"
    )


def test_code_python_cannot_read_has_no_difference() -> None:
    assert locate_difference("def greet(name:\n", GREETING_REFERENCE) is None


def test_the_description_never_carries_the_references_code() -> None:
    for learner, reference in (
        (GREETING_LEARNER, GREETING_REFERENCE),
        (TOTAL_LEARNER, TOTAL_REFERENCE),
        (MUTATION_LEARNER, MUTATION_REFERENCE),
    ):
        point = locate_difference(learner, reference)
        assert point is not None
        for line in reference.splitlines():
            if len(line.strip()) > 6:
                assert line.strip() not in point.where


def test_functions_are_matched_by_name_not_by_position() -> None:
    reference = "def first():\n    return 1\n\n\ndef second():\n    return 2\n"
    learner = "def second():\n    return 2\n\n\ndef first():\n    return 3\n"
    assert locate_difference(learner, reference) == DiffPoint(6, "the return value on line 6")


def test_wrong_lines_are_the_learners_lines_no_reference_line_matches() -> None:
    assert wrong_lines(TOTAL_LEARNER, TOTAL_REFERENCE) == (
        "for i in range(len(numbers) - 1):",
        "acc += numbers[i]",
    )  # `result = []` is `totals = []` renamed: not wrong
    assert wrong_lines(GREETING_LEARNER, GREETING_REFERENCE) == ('return "Hello " + name',)
    with_comment = "# my try\n" + GREETING_LEARNER + "\n\n"
    assert wrong_lines(with_comment, GREETING_REFERENCE) == ('return "Hello " + name',)
    assert wrong_lines(GREETING_REFERENCE, GREETING_REFERENCE) == ()
