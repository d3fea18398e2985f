"""Parsons puzzles: the reference's lines and the learner's wrong ones, shuffled the same way."""

from __future__ import annotations

from pyascent.tutor.parsons import check_order, puzzle, solution_lines

from .ladder_exercises import TOTAL_LEARNER, TOTAL_REFERENCE

SOLUTION = (
    "def running_total(numbers):",
    "totals = []",
    "total = 0",
    "for number in numbers:",
    "total += number",
    "totals.append(total)",
    "return totals",
)


def test_the_solution_lines_drop_blank_lines_comments_and_docstrings() -> None:
    source = "# running sums\n\n" + TOTAL_REFERENCE + "\n# the end\n"
    assert solution_lines(source) == SOLUTION
    multi_line = TOTAL_REFERENCE.replace(
        '"""The running sums of numbers: [1, 2, 3] gives [1, 3, 6]."""',
        '"""The running sums.\n\n    [1, 2, 3] gives [1, 3, 6].\n    """',
    )
    assert solution_lines(multi_line) == SOLUTION


def test_the_puzzle_holds_every_solution_line_and_the_distractors_shuffled() -> None:
    distractors = ("for i in range(len(numbers) - 1):", "acc += numbers[i]")
    given = puzzle(TOTAL_REFERENCE, distractors, seed="loops/running-total")
    assert sorted(given.lines) == sorted(SOLUTION + distractors)
    assert given.distractors == 2
    assert given.lines[: len(SOLUTION)] != SOLUTION  # shuffled


def test_the_same_seed_gives_the_same_puzzle_and_another_seed_another() -> None:
    first = puzzle(TOTAL_REFERENCE, ("acc += numbers[i]",), seed="loops/running-total")
    again = puzzle(TOTAL_REFERENCE, ("acc += numbers[i]",), seed="loops/running-total")
    other = puzzle(TOTAL_REFERENCE, ("acc += numbers[i]",), seed="loops/other")
    assert first == again
    assert other.lines != first.lines
    assert sorted(other.lines) == sorted(first.lines)


def test_at_most_three_distractors_and_never_a_solution_line() -> None:
    distractors = ("a = 1", "totals = []", "b = 2", "a = 1", "c = 3", "d = 4")
    given = puzzle(TOTAL_REFERENCE, distractors, seed="s")
    assert given.distractors == 3
    assert len(given.lines) == len(SOLUTION) + 3
    assert {"a = 1", "b = 2", "c = 3"} <= set(given.lines)
    assert "d = 4" not in given.lines


def test_a_two_line_puzzle_is_never_already_solved() -> None:
    reference = "def one():\n    return 1\n"
    for seed in ("a", "b", "c", "d", "e", "f"):
        assert puzzle(reference, (), seed).lines == ("return 1", "def one():")


def test_check_order_accepts_the_solution_and_names_the_first_misplaced_line() -> None:
    given = puzzle(TOTAL_REFERENCE, ("acc += numbers[i]",), seed="x")
    indented = ["def running_total(numbers):", *["    " + line for line in SOLUTION[1:]]]
    assert check_order(given, indented, TOTAL_REFERENCE)
    swapped = [SOLUTION[0], SOLUTION[2], SOLUTION[1], *SOLUTION[3:]]
    result = check_order(given, swapped, TOTAL_REFERENCE)
    assert not result
    assert result.first_wrong == 1
    with_distractor = [*SOLUTION[:4], "acc += numbers[i]", *SOLUTION[4:]]
    assert check_order(given, with_distractor, TOTAL_REFERENCE).first_wrong == 4
    assert check_order(given, SOLUTION[:-1], TOTAL_REFERENCE).first_wrong == 6
    not_offered = [*SOLUTION[:3], "for n in numbers:", *SOLUTION[4:]]
    assert check_order(given, not_offered, TOTAL_REFERENCE).first_wrong == 3


def test_the_learners_wrong_lines_become_the_distractors() -> None:
    from pyascent.tutor.diffhint import wrong_lines

    given = puzzle(TOTAL_REFERENCE, wrong_lines(TOTAL_LEARNER, TOTAL_REFERENCE), seed="x")
    assert "for i in range(len(numbers) - 1):" in given.lines
    assert given.distractors == 2
