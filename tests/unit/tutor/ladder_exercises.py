"""Three small exercises with a stuck learner each, as the tutor's context would hold them.

A greeting with the wrong punctuation, a running total that skips the last number (an
off-by-one) and a filter that changes the caller's list: each has a reference, the
learner's wrong code, the failing test as the verdict showed it, a matched mistake, lesson
sections (only one of which is about the mistake) and authored hints.
"""

from __future__ import annotations

from dataclasses import replace

from pyascent.tutor.context import (
    CodeLine,
    FailingTest,
    LadderState,
    LessonSection,
    Level,
    MistakeMatch,
    SyntaxProblem,
    TutorContext,
)

GREETING_REFERENCE = (
    'def greet(name):\n    """Greet someone by name."""\n    return f"Hello, {name}!"\n'
)
GREETING_LEARNER = 'def greet(name):\n    return "Hello " + name\n'

TOTAL_REFERENCE = '''def running_total(numbers):
    """The running sums of numbers: [1, 2, 3] gives [1, 3, 6]."""
    totals = []
    total = 0
    for number in numbers:
        total += number
        totals.append(total)
    return totals
'''
TOTAL_LEARNER = """def running_total(numbers):
    result = []
    acc = 0
    for i in range(len(numbers) - 1):
        acc += numbers[i]
        result.append(acc)
    return result
"""

MUTATION_REFERENCE = """def without_negatives(numbers):
    kept = [number for number in numbers if number >= 0]
    return kept
"""
MUTATION_LEARNER = """def without_negatives(numbers):
    for number in list(numbers):
        if number < 0:
            numbers.remove(number)
    return numbers
"""

LOOP_LESSONS = (
    LessonSection(
        anchor="lists#append",
        lesson_title="Lists",
        heading="Adding to a list",
        text="append puts one more item at the end of a list.",
    ),
    LessonSection(
        anchor="loops#range-stops-early",
        lesson_title="Loops",
        heading="Where range stops",
        text=(
            "range(stop) starts at 0 and stops before stop, so range(3) gives 0, 1 and 2. "
            "Counting one too far or one too few is called an off-by-one mistake. Check the "
            "first and the last value of every loop."
        ),
    ),
    LessonSection(
        anchor="functions#return",
        lesson_title="Functions",
        heading="Giving a value back",
        text="return ends the function and gives its value back to the caller.",
    ),
)

MUTATION_LESSONS = (
    LessonSection(
        anchor="lists#comprehensions",
        lesson_title="Lists",
        heading="Building a list in one line",
        text="A comprehension builds a new list from another one.",
    ),
    LessonSection(
        anchor="lists#shared-lists",
        lesson_title="Lists",
        heading="Two names, one list",
        text=(
            "When you pass a list to a function, the function gets the same list, not a copy. "
            "If the function changes it, the caller's list changes too: it is mutable. Build "
            "a new list, or make a copy, to leave the original alone."
        ),
    ),
)


def greeting(**changes: object) -> TutorContext:
    context = TutorContext(
        exercise_id="basics/greeting",
        title="Greeting",
        instructions="Write greet(name) that returns a greeting such as Hello, Ada!",
        main_file="greeting.py",
        learner_files={"greeting.py": GREETING_LEARNER},
        references=({"greeting.py": GREETING_REFERENCE},),
        hidden_tests=('def test_greets_by_name():\n    assert greet("Ada") == "Hello, Ada!"\n',),
        status="failed",
        failing=FailingTest(
            name="test_greets_by_name",
            status="failed",
            title="greets a person by name",
            expected="'Hello, Ada!'",
            actual="'Hello Ada'",
            test_code='assert greet("Ada") == "Hello, Ada!"',
        ),
        hints=(
            "Look closely at the punctuation the instructions show.",
            "An f-string lets you put a name inside a sentence.",
        ),
        lessons=(
            LessonSection(
                anchor="strings#f-strings",
                lesson_title="Strings",
                heading="f-strings",
                text="An f-string puts values inside a string, with braces around each name.",
            ),
        ),
        attempts=1,
        failed_attempts=1,
    )
    return replace(context, **changes)  # type: ignore[arg-type]


def running_total(**changes: object) -> TutorContext:
    context = TutorContext(
        exercise_id="loops/running-total",
        title="Running total",
        instructions="Write running_total(numbers) that returns the running sums.",
        main_file="total.py",
        learner_files={"total.py": TOTAL_LEARNER},
        references=({"total.py": TOTAL_REFERENCE},),
        hidden_tests=(
            "def test_every_number():\n    assert running_total([1, 2, 3]) == [1, 3, 6]\n",
        ),
        status="failed",
        failing=FailingTest(
            name="test_every_number",
            status="failed",
            title="adds every number, the last one too",
            expected="[1, 3, 6]",
            actual="[1, 3]",
            test_code="assert running_total([1, 2, 3]) == [1, 3, 6]",
        ),
        mistake=MistakeMatch(
            name="skips-last",
            description="the loop stops one number before the end of the list",
        ),
        hints=(
            "Count how many times your loop runs for a list of three numbers.",
            "You can loop over the numbers themselves instead of their positions.",
            "Keep the sum so far in a variable and add each number to it.",
        ),
        lessons=LOOP_LESSONS,
        attempts=2,
        failed_attempts=2,
        wrong_lines=("for i in range(len(numbers) - 1):", "acc += numbers[i]"),
    )
    return replace(context, **changes)  # type: ignore[arg-type]


def mutation(**changes: object) -> TutorContext:
    context = TutorContext(
        exercise_id="lists/without-negatives",
        title="Without negatives",
        instructions="Write without_negatives(numbers): a new list without the negative ones.",
        main_file="filter.py",
        learner_files={"filter.py": MUTATION_LEARNER},
        references=({"filter.py": MUTATION_REFERENCE},),
        hidden_tests=(
            "def test_leaves_the_list_alone():\n    original = [3, -1, 2]\n"
            "    without_negatives(original)\n    assert original == [3, -1, 2]\n",
        ),
        status="failed",
        failing=FailingTest(
            name="test_leaves_the_list_alone",
            status="failed",
            title="leaves the caller's list alone",
            expected="[3, -1, 2]",
            actual="[3, 2]",
            test_code="assert original == [3, -1, 2]",
        ),
        mistake=MistakeMatch(
            name="mutates-input",
            description="it changes the caller's list instead of building a new one",
        ),
        hints=("Think about who else holds the list you were given.",),
        lessons=MUTATION_LESSONS,
        attempts=3,
        failed_attempts=3,
    )
    return replace(context, **changes)  # type: ignore[arg-type]


def crashing_total() -> TutorContext:
    """The running total reaching past the end: an IndexError on the learner's line 5."""
    learner = TOTAL_LEARNER.replace("range(len(numbers) - 1)", "range(len(numbers) + 1)")
    return running_total(
        learner_files={"total.py": learner},
        mistake=None,
        status="error",
        failing=FailingTest(
            name="test_every_number",
            status="error",
            title="adds every number, the last one too",
            message="list index out of range",
            error_type="IndexError",
            traceback=(CodeLine("total.py", 5, "running_total", "acc += numbers[i]"),),
            test_code="assert running_total([1, 2, 3]) == [1, 3, 6]",
        ),
    )


def broken_greeting() -> TutorContext:
    """Code Python cannot read: a missing closing bracket."""
    return greeting(
        learner_files={"greeting.py": 'def greet(name):\n    return ("Hello " + name\n'},
        status="error",
        failing=None,
        problem=SyntaxProblem(
            file="greeting.py",
            line=2,
            message="'(' was never closed",
            text='    return ("Hello " + name',
        ),
    )


def not_run() -> TutorContext:
    """A learner who has not run the tests yet: no verdict to point at."""
    return greeting(status="none", failing=None, attempts=0, failed_attempts=0)


def at(context: TutorContext, level: Level | None, attempt_at_level: int) -> TutorContext:
    """The same learner, standing on `level` since attempt `attempt_at_level`."""
    return replace(context, ladder=LadderState(level=level, attempt_at_level=attempt_at_level))


ALL = (greeting, running_total, mutation)
