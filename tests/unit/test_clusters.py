"""Common-failure clusters: a class's failing runs grouped by what went wrong, and a group
turned into the draft of a recorded mistake the course loader accepts.

The verdicts are built with the grader's own types and stored as `Verdict.to_json()` gives
them, with the messages the real grader writes (tests/golden/grader/*/expected.json), so the
clusters are computed from the wire format the store keeps. Just over 400 lines: one
fixture of thirty runs serves every test, and the cases (merging, not merging, pseudo tests,
drafts and their files) read best beside it.
"""

from __future__ import annotations

import json
import shutil
import tomllib
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from pyascent.course import ContentError, load_exercise_folder
from pyascent.grader.api import Frame, SourceProblem, Verdict
from pyascent.grader.api import TestResult as Result
from pyascent.services.clusters import (
    DESCRIPTION_TODO,
    NO_MESSAGE,
    FailureCluster,
    cluster_failures,
    mistake_draft,
    normalise_message,
    write_mistake_draft,
)

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "grader"
ADD_TWO_NUMBERS = ROOT / "content" / "core" / "basics" / "exercises" / "add-two-numbers"
START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Run:
    """What store/class_reads.py's FailingRun holds."""

    attempt_id: int
    learner_id: int
    created_at: datetime
    verdict: dict[str, Any]


def failed(*tests: Result) -> dict[str, Any]:
    passed = sum(t.status == "passed" for t in tests)
    summary = f"{passed} of {len(tests)} tests passed. First problem: Adds two small numbers."
    return Verdict("failed", summary, tests=tests, duration_ms=41).to_json()


def wrong(a: int, b: int, got: int | None) -> dict[str, Any]:
    """As tests/golden/grader/wrong-answer: every test fails, the first one first."""
    message = f"add({a}, {b}) should return {a + b}, got {got}"
    first = Result("test_small_numbers", "failed", "Adds two small numbers.", message)
    later = Result("test_negative", "failed", None, "The result is not what the test expected.")
    return failed(
        replace(first, expected=str(a + b), actual=str(got)),
        replace(later, expected="-5", actual=str(got)),
        Result("test_zero", "passed"),
    )


def typo(name: str) -> dict[str, Any]:
    """As tests/golden/grader/name-error: each test stops at the learner's line."""
    frame = Frame("adder.py", 3, "add", f"return {name}")
    tests = [
        Result(test, "error", None, f"NameError: name '{name}' is not defined",
               error_type="NameError", explanation="Python does not know this name.",
               traceback=(frame,))
        for test in ("test_small_numbers", "test_negative", "test_zero")
    ]  # fmt: skip
    return failed(replace(tests[0], title="Adds two small numbers."), *tests[1:])


def syntax(message: str, line: int, kind: str = "SyntaxError") -> dict[str, Any]:
    problem = SourceProblem(kind, "adder.py", line, 14, "def add(a, b)", message, "    ^")
    summary = f"adder.py line {line} has a syntax error: {message}"
    return Verdict("error", summary, problem=problem).to_json()


def timed_out(seconds: int) -> dict[str, Any]:
    message = f"Your code was still running after {seconds} s and was stopped."
    test = Result("test_small_numbers", "timeout", message=message)
    return Verdict("timeout", message, tests=(test,)).to_json()


def verdicts() -> list[tuple[int, dict[str, Any]]]:
    """30 checks by 12 students (101-112): three mistakes many share, then noise."""
    subtracting = [(101, 2, 3), (101, 7, 4), (102, 10, 2), (102, 1, 1), (103, 12, 30),
                   (103, -4, 9), (104, 5, 5), (105, 100, 1)]  # fmt: skip
    printing = [(106, 2, 3), (106, 8, 1), (106, 6, 6), (107, 3, 3), (108, 40, 2), (109, 9, 0)]
    naming = [(110, "totl"), (111, "tota"), (111, "sume"), (112, "reslt"), (101, "a_plus_b")]
    indent = "expected an indented block after function definition on line 1"
    recursion = "RecursionError: maximum recursion depth exceeded"
    negative = Result("test_negative", "failed", None, "The result is not what the test expected.")
    return [
        *((who, wrong(a, b, a - b)) for who, a, b in subtracting),  # 5 students, 8 runs
        *((who, wrong(a, b, None)) for who, a, b in printing),  # 4 students, 6 runs
        *((who, typo(name)) for who, name in naming),  # 4 students, 5 runs
        (102, syntax("expected ':'", 1)),
        (107, syntax("expected ':'", 4)),
        (103, syntax("'(' was never closed", 2)),
        (112, syntax(indent, 2, "IndentationError")),
        (104, timed_out(3)),
        (105, timed_out(10)),
        (108, Verdict("timeout", "Your code was still running after 10 s and was stopped.")
         .to_json()),
        (109, failed(Result("test_small_numbers", "passed"), negative)),
        (110, failed(Result("test_small_numbers", "error", None, recursion,
                            error_type="RecursionError"))),
        (111, Verdict("error", "Your code's process ended (exit code 0) while the tests were "
                      "running.").to_json()),
        (112, Verdict("passed", "All 3 tests passed.").to_json()),  # not a failure: ignored
    ]  # fmt: skip


@pytest.fixture
def runs() -> list[Run]:
    return [
        Run(1000 + i, learner, START + timedelta(minutes=7 * i), verdict)
        for i, (learner, verdict) in enumerate(verdicts())
    ]


def keys(clusters: list[FailureCluster]) -> list[tuple[tuple[str, str, str], int, int]]:
    return [(c.key, len(c.students), c.runs) for c in clusters]


def test_the_three_shared_mistakes_come_first_with_their_students_and_newest_example(
    runs: list[Run],
) -> None:
    top = cluster_failures(runs, top=3)

    assert keys(top) == [
        (("test_small_numbers", "AssertionError", "add(<values>) should return <num>, got <num>"),
         5, 8),
        (("test_small_numbers", "AssertionError", "add(<values>) should return <num>, got None"),
         4, 6),
        (("test_small_numbers", "NameError", "name <str> is not defined"), 4, 5),
    ]  # fmt: skip
    subtracting, printing, naming = top
    assert subtracting.students == (101, 102, 103, 104, 105)
    assert printing.students == (106, 107, 108, 109)
    assert naming.students == (101, 110, 111, 112)
    assert subtracting.attempt_ids == (1007, 1006, 1005, 1004, 1003, 1002, 1001, 1000)
    assert subtracting.first_seen == START
    assert subtracting.last_seen == START + timedelta(minutes=49)
    example = subtracting.example
    assert (example.attempt_id, example.learner_id, example.created_at) == (
        1007,
        105,
        START + timedelta(minutes=49),
    )
    assert example.message == "add(100, 1) should return 101, got 99"
    assert (example.expected, example.actual, example.title) == (
        "101",
        "99",
        "Adds two small numbers.",
    )
    assert naming.example.message == "NameError: name 'a_plus_b' is not defined"
    assert (naming.example.expected, naming.example.actual) == (None, None)


def test_every_cluster_in_order_noise_included(runs: list[Run]) -> None:
    clusters = cluster_failures(runs, top=50)

    assert keys(clusters)[3:] == [
        (("(syntax)", "SyntaxError", "expected <str>"), 2, 2),
        (("test_small_numbers", "timeout",
          "Your code was still running after <num> s and was stopped."), 2, 2),
        (("(no test ran)", "error",
          "Your code's process ended (exit code <num>) while the tests were running."), 1, 1),
        (("(syntax)", "IndentationError",
          "expected an indented block after function definition on line <num>"), 1, 1),
        (("(syntax)", "SyntaxError", "<str> was never closed"), 1, 1),
        (("(timeout)", "timeout", "Your code was still running after <num> s and was stopped."),
         1, 1),
        (("test_negative", "AssertionError", "The result is not what the test expected."), 1, 1),
        (("test_small_numbers", "RecursionError", "maximum recursion depth exceeded"), 1, 1),
    ]  # fmt: skip
    assert sum(c.runs for c in clusters) == 29  # the passed verdict is not a failure
    syntax_error = clusters[3]
    assert syntax_error.pseudo_test
    assert syntax_error.example.message == "expected ':'"
    assert syntax_error.example.title is None
    assert cluster_failures(runs)[:3] == clusters[:3]
    assert len(cluster_failures(runs)) == 10


def test_a_cluster_is_plain_json(runs: list[Run]) -> None:
    data = cluster_failures(runs, top=1)[0].to_json()

    assert json.loads(json.dumps(data)) == data
    assert data["students"] == [101, 102, 103, 104, 105]
    assert data["example"]["created_at"] == "2025-03-03T09:49:00+00:00"


def test_messages_differing_only_in_values_merge_and_other_tests_never_do() -> None:
    def run(number: int, test: str, message: str) -> Run:
        verdict = failed(Result(test, "failed", None, message))
        return Run(number, number, START, verdict)

    clusters = cluster_failures(
        [
            run(1, "test_a", "expected 3 but got 5"),
            run(2, "test_a", "expected 10 but got 2"),
            run(3, "test_a", "expected 'abc' but got \"ab\" at 0x7f3a2b10"),
            run(4, "test_a", "expected 'x' but got 'y' at 0x1"),
            run(5, "test_b", "expected 3 but got 5"),
            run(6, "test_a", "expected 3 but got nothing"),
        ]
    )

    assert sorted((c.key, c.students) for c in clusters) == [
        (("test_a", "AssertionError", "expected <num> but got <num>"), (1, 2)),
        (("test_a", "AssertionError", "expected <num> but got nothing"), (6,)),
        (("test_a", "AssertionError", "expected <str> but got <str> at <addr>"), (3, 4)),
        (("test_b", "AssertionError", "expected <num> but got <num>"), (5,)),
    ]


@pytest.mark.parametrize(
    ("message", "shape"),
    [
        ("add(2, 3) should return 5", "add(<values>) should return <num>"),
        ("got -1.5e-3 and +7, not 2j", "got <num> and <num>, not <num>"),
        ("[1, 2, 3] != [4, 5]", "[<values>] != [<values>]"),
        ("{'a': 1, 'b': 2} has no key 'c'", "{<values>} has no key <str>"),
        ("<shop.Cart object at 0x7f00aa11> is not a list", "<object> is not a list"),
        ("cannot open /tmp/check/data.csv or ./out/x.txt", "cannot open <path> or <path>"),
        ("Your code's result isn't UTF-8 or test2 or float64", None),
        ("  spread\n over\tlines  ", "spread over lines"),
        ("True is not None", None),
        ("", NO_MESSAGE),
    ],
)
def test_normalising_replaces_values_and_keeps_words(message: str, shape: str | None) -> None:
    assert normalise_message(message) == (message if shape is None else shape)


def test_the_exception_type_is_not_repeated_and_long_messages_are_capped() -> None:
    assert normalise_message("KeyError: 'apples'", "KeyError") == "<str>"
    assert normalise_message("KeyError: 'apples'", None) == "KeyError: <str>"
    long = normalise_message("word " * 100)
    assert len(long) <= 160
    assert long.endswith("word …")


def test_every_real_golden_verdict_clusters_under_its_failure() -> None:
    runs = []
    for number, folder in enumerate(sorted(GOLDEN.iterdir())):
        verdict = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        runs.append(Run(number, number, START, verdict))
    by_folder = {
        sorted(GOLDEN.iterdir())[n].name: c.key
        for c in cluster_failures(runs, top=1000)
        for n in c.attempt_ids
    }

    assert "passes" not in by_folder
    assert by_folder["syntax-error"] == ("(syntax)", "SyntaxError", "expected <str>")
    assert by_folder["indentation-error"][:2] == ("(syntax)", "IndentationError")
    assert by_folder["invalid-utf8"] == ("(encoding)", "encoding", "byte <addr> is not valid UTF-8")
    assert by_folder["exits-zero-at-import"][0] == "(no test ran)"
    assert by_folder["error-at-import"] == (
        "import",
        "ModuleNotFoundError",
        "No module named <str>",
    )
    assert by_folder["segfault"][:2] == ("test_small_numbers", "error")
    assert by_folder["sleeps-forever"][:2] == ("test_small_numbers", "timeout")
    assert by_folder["wrong-answer"] == (
        "test_small_numbers",
        "AssertionError",
        "add(<values>) should return <num>",
    )
    assert by_folder["wrong-answer"] == by_folder["prints-instead-of-returning"]


def test_naive_and_aware_stamps_mix_as_utc() -> None:
    naive = Run(1, 1, datetime(2025, 3, 3, 10, 0), timed_out(3))
    aware = Run(2, 2, datetime(2025, 3, 3, 9, 0, tzinfo=UTC), timed_out(4))

    (cluster,) = cluster_failures([naive, aware])

    assert cluster.example.attempt_id == 1
    assert cluster.last_seen == datetime(2025, 3, 3, 10, 0, tzinfo=UTC)


def test_a_malformed_verdict_is_read_as_far_as_it_goes() -> None:
    odd = [
        Run(1, 1, START, {}),
        Run(2, 1, START, {"status": "failed", "tests": "nonsense"}),
        Run(3, 1, START, {"status": "failed", "tests": [{"status": "failed"}, 3]}),
    ]

    assert {c.key for c in cluster_failures(odd)} == {
        ("(no test ran)", "error", NO_MESSAGE),
        ("(no test ran)", "failed", NO_MESSAGE),
        ("(unnamed test)", "AssertionError", NO_MESSAGE),
    }
    with pytest.raises(ValueError, match="top must be at least 1"):
        cluster_failures(odd, top=0)


def program() -> str:
    return "a = input()\nb = input()\nprint('The sum is', int(a) - int(b))\n"


def test_the_draft_names_the_test_and_a_message_piece_every_run_shares(runs: list[Run]) -> None:
    draft = mistake_draft(cluster_failures(runs)[0], "basics.add-two-numbers", program())

    assert draft.name == "add_should_return_got"
    assert draft.program == program()
    data = tomllib.loads(draft.toml)
    assert data == {
        "description": DESCRIPTION_TODO,
        "expect_message": "should return",
        "expect_test": "test_small_numbers",
    }
    assert draft.toml.startswith("# Drafted from a common failure at basics.add-two-numbers: ")
    assert "8 runs by 5 students, last seen 2025-03-03" in draft.toml
    assert all(data["expect_message"] in wrong(a, a, 0)["tests"][0]["message"] for a in (1, 50))


def test_a_draft_without_a_test_expects_the_whole_message(runs: list[Run]) -> None:
    clusters = cluster_failures(runs, top=50)
    syntax_error = next(c for c in clusters if c.key[0] == "(syntax)")
    naming = next(c for c in clusters if c.error_type == "NameError")

    syntax_draft = mistake_draft(syntax_error, "x", "def add(a, b)\n")
    syntax_data = tomllib.loads(syntax_draft.toml)
    naming_draft = mistake_draft(naming, "x", "def add(a, b):\n    return totl\n")

    assert syntax_data == {"description": DESCRIPTION_TODO, "expect_message": "expected ':'"}
    assert tomllib.loads(naming_draft.toml)["expect_message"] == "is not defined"
    assert (syntax_draft.name, naming_draft.name) == ("syntax_expected", "name_is_not_defined")
    assert "2 runs by 2 students" in syntax_draft.toml
    single = next(c for c in clusters if c.runs == 1)
    assert "1 run by 1 student, last seen" in mistake_draft(single, "x", "").toml


def test_awkward_text_survives_as_toml(runs: list[Run]) -> None:
    cluster = cluster_failures(runs, top=1)[0]
    message = 'said "no" \\ twice\n\tand\x01\x7f stopped'
    odd = replace(cluster, test='test_"q"\\\n', example=replace(cluster.example, message=message))

    data = tomllib.loads(mistake_draft(odd, "x", "").toml)

    assert data["expect_test"] == 'test_"q"\\\n'
    assert data["expect_message"] == "and\x01\x7f stopped"


def test_written_drafts_load_with_the_course_loader_and_are_never_overwritten(
    runs: list[Run], tmp_path: Path
) -> None:
    exercise = tmp_path / "add-two-numbers"
    shutil.copytree(ADD_TWO_NUMBERS, exercise)
    draft = mistake_draft(cluster_failures(runs)[0], "basics.add-two-numbers", program())

    written = write_mistake_draft(draft, exercise)

    folder = exercise / ".meta" / "mistakes"
    assert written == [folder / "add_should_return_got.py", folder / "add_should_return_got.toml"]
    assert written[0].read_text(encoding="utf-8") == program()
    # the course refuses the draft until its author says what the mistake is
    with pytest.raises(ContentError, match="TODO"):
        load_exercise_folder(exercise)
    toml = written[1].read_text(encoding="utf-8")
    assert DESCRIPTION_TODO in toml
    written[1].write_text(toml.replace(DESCRIPTION_TODO, "Subtracts instead of adding."))
    loaded = {m.name: m for m in load_exercise_folder(exercise).mistakes}
    mistake = loaded["add_should_return_got"]
    assert (mistake.description, mistake.expect_message, mistake.expect_test) == (
        "Subtracts instead of adding.",
        "should return",
        "test_small_numbers",
    )
    written[1].write_text(toml)
    before = written[1].read_text(encoding="utf-8")
    with pytest.raises(ValueError, match=r"add_should_return_got\.py already exists"):
        write_mistake_draft(replace(draft, program="print('other')\n"), exercise)
    assert written[0].read_text(encoding="utf-8") == program()
    assert written[1].read_text(encoding="utf-8") == before


def test_half_a_pair_blocks_the_write_and_a_bad_name_is_refused(
    runs: list[Run], tmp_path: Path
) -> None:
    draft = mistake_draft(cluster_failures(runs)[0], "x", program())
    folder = tmp_path / ".meta" / "mistakes"
    folder.mkdir(parents=True)
    (folder / f"{draft.name}.toml").write_text("description = 'mine'\n", encoding="utf-8")

    with pytest.raises(ValueError, match=r"add_should_return_got\.toml already exists"):
        write_mistake_draft(draft, tmp_path)
    assert not (folder / f"{draft.name}.py").exists()
    with pytest.raises(ValueError, match="must be lower-case"):
        write_mistake_draft(replace(draft, name="../escape"), tmp_path)
