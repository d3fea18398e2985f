"""Quizzes in lesson Markdown: what the parser reads, and every authoring error with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pyascent.course import Quiz, load_course_partially, same_output, shuffled
from pyascent.course.quizzes import parse_quizzes
from tests.conftest import GOLDEN

LESSON = Path("lesson.md")


def parse(body: str) -> tuple[list[Quiz], list[str]]:
    quizzes, problems = parse_quizzes(LESSON, body, first_line=1)
    return quizzes, [str(p) for p in problems]


CHOICE = """# Title

```quiz choice
question = "Which are immutable?"

[[option]]
text = "tuple"
correct = true
explanation = "A tuple cannot change."

[[option]]
text = "list"
correct = false
explanation = "Lists change in place."
```
"""


def test_the_three_kinds_are_read_with_their_lines() -> None:
    body = CHOICE + (
        "\n```quiz predict\nprint(1)\n```\n\n"
        '```quiz parsons\nquestion = "Order"\nsolution = """\nx = 1\nprint(x)\n"""\n'
        'distractors = ["print(y)"]\n```\n'
    )
    quizzes, problems = parse(body)
    assert problems == []
    choice, predict, parsons = quizzes
    assert (choice.kind, choice.line, choice.number) == ("choice", 3, 1)
    assert [o.correct for o in choice.options] == [True, False]
    assert (predict.kind, predict.line, predict.code) == ("predict", 17, "print(1)\n")
    assert parsons.solution == ("x = 1", "print(x)") and parsons.distractors == ("print(y)",)
    assert parsons.expected is None and parsons.program == "x = 1\nprint(x)\n"


def test_a_lesson_without_its_quiz_fences_keeps_the_rest_in_order() -> None:
    course, problems = load_course_partially(GOLDEN / "pack")
    assert course is not None and problems == []
    lesson = course.modules[0].lessons[0]
    parts = lesson.parts()
    assert [type(p).__name__ for p in parts] == ["str", "Quiz", "str", "Quiz", "str", "Quiz"]
    text = "".join(p for p in parts if isinstance(p, str))
    assert "quiz" not in text and "`2 + 3` is `5`." in text
    # Front matter comes first: the line is the fence's line in the file.
    lines = lesson.path.read_text().splitlines()
    assert all(lines[q.line - 1].startswith("```quiz") for q in lesson.quizzes)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("\n\n```quiz predict\n   \n```\n", "lesson.md:3: predict quiz: the snippet is empty"),
        ("```quiz\nx\n```\n", "lesson.md:1: a quiz fence names its kind"),
        ("```quiz essay\nx\n```\n", "(found essay)"),
        ("text\n```quiz predict\nprint(1)\n", "lesson.md:2: quiz fence is never closed"),
        (
            '```quiz choice\nquestion = "q"\n[[option]]\ntext = \n```\n',
            "lesson.md:4: choice quiz: invalid TOML",
        ),
        (
            CHOICE.replace("correct = true", "correct = false"),
            "lesson.md:3: choice quiz: no option is correct",
        ),
        (
            CHOICE.replace('explanation = "Lists change in place."\n', ""),
            "lesson.md:11 [option]: choice quiz: option 2 has no explanation",
        ),
        (CHOICE.replace("question", "prompt"), "choice quiz: unknown field 'prompt'"),
        (
            '```quiz parsons\nquestion = "q"\nsolution = """\nx = 1\nprint(x)\n"""\n'
            'distractors = ["print(x)"]\n```\n',
            "lesson.md:7 [distractors]: parsons quiz: distractor 'print(x)' is also a line",
        ),
        (
            '```quiz parsons\nquestion = "q"\nsolution = "print(1)"\n```\n',
            "lesson.md:3 [solution]: parsons quiz: the solution needs at least two lines",
        ),
    ],
)
def test_authoring_errors_name_the_file_and_line(body: str, expected: str) -> None:
    quizzes, problems = parse(body)
    assert quizzes == []
    assert any(expected in p for p in problems), problems


def test_a_quiz_shown_inside_another_fence_is_not_a_quiz() -> None:
    body = "````markdown\n```quiz predict\nprint(1)\n```\n````\n"
    assert parse(body) == ([], [])


def test_the_loader_reports_quiz_errors_at_their_line_in_the_file(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    import shutil

    shutil.copytree(GOLDEN / "pack", pack)
    lesson = pack / "arith" / "lessons" / "01-adding.md"
    lesson.write_text(lesson.read_text() + "\n```quiz predict\n```\n")
    _, problems = load_course_partially(pack)
    line = len(lesson.read_text().splitlines()) - 1
    assert [str(p) for p in problems] == [f"{lesson}:{line}: predict quiz: the snippet is empty"]


def test_parsons_lines_are_shuffled_the_same_way_and_never_solved() -> None:
    quizzes, _ = parse(
        '```quiz parsons\nquestion = "q"\nsolution = """\na = 1\nb = 2\nprint(a + b)\n"""\n```\n'
    )
    (quiz,) = quizzes
    order = shuffled(quiz)
    assert sorted(order) == [0, 1, 2] and order != [0, 1, 2]
    assert shuffled(quiz) == order


def test_answers_compare_as_printed_lines() -> None:
    assert same_output("5\n23", "5\n23\n")
    assert same_output("5  \r\n23\n\n", "5\n23\n")
    assert not same_output("5 23", "5\n23\n")
    assert not same_output("  5", "5\n")


def test_the_web_app_answers_from_the_recorded_answer_without_running_it() -> None:
    """A recorded answer for this very code is used; any other code is run, once."""
    from pyascent.course import load_course
    from pyascent.grader import RunOutput
    from pyascent.services.quizzes import QuizBook

    runs: list[str] = []

    def run(code: str) -> RunOutput:
        runs.append(code)
        return RunOutput(status="ok", stdout="computed\n", stderr="")

    book = QuizBook(load_course(GOLDEN / "pack"), run)
    assert book.answer_predict("arith.adding.1", "5\n23\n").correct
    assert runs == []
    assert book.answer_predict("arith.adding.1", "5\n23").correct  # still no run


def test_answers_files_read_back_exactly_what_was_recorded() -> None:
    import tomllib

    from pyascent.course import RecordedAnswer, render_answers

    outputs = ["a\nb\n", "ends with a quote '", "''' three", "tab\tand \x7f del", "no newline"]
    records = [RecordedAnswer(f"m.l.{i + 1}", "0" * 64, out) for i, out in enumerate(outputs)]
    data = tomllib.loads(render_answers(records))
    assert [a["output"] for a in data["answer"]] == outputs
