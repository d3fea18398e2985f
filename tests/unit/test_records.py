"""The check's raw records are parsed once: merged tests, the running test, scrubbed text."""

from __future__ import annotations

from typing import Any

from pyascent.grader.api import Frame
from pyascent.grader.records import (
    CollectError,
    SessionEnd,
    frames_of,
    parse_records,
    result_of,
    scrub,
    source_problem,
)

WORK = "/w/check-1"


def reported(name: str, status: str, **extra: Any) -> dict[str, Any]:
    return {"kind": "test", "id": f"t.py::{name}", "name": name, "status": status, **extra}


def test_each_kind_lands_in_its_field() -> None:
    records = parse_records(
        [
            {"kind": "layers", "layers": ["pid namespace", "seccomp deny-list"]},
            {"kind": "start", "id": "t.py::a"},
            reported("a", "passed"),
            {"kind": "done", "exit": 1, "collected": "2"},
            {"kind": "timings", "ms": {"forked": 0}},
        ],
        WORK,
    )
    assert records.layers == ("pid namespace", "seccomp deny-list")
    assert records.started == ("t.py::a",)
    assert [r.id for r in records.reports] == ["t.py::a"]
    assert records.done == SessionEnd(exit=1, collected=2)
    assert records.problem is None and records.crash is None and not records.collect_errors
    assert not records.subject_ended


def test_nothing_written_is_an_empty_record_set() -> None:
    records = parse_records([], WORK)
    assert records.layers == () and records.tests == () and records.done is None
    assert records.running is None and not records.learner_ran


def test_only_the_first_layers_done_and_crash_count() -> None:
    records = parse_records(
        [
            {"kind": "layers", "layers": ["first"]},
            {"kind": "layers", "layers": ["second"]},
            {"kind": "done", "exit": 0, "collected": 1},
            {"kind": "done", "exit": 2, "collected": 5},
            {"kind": "crash", "message": "one"},
            {"kind": "crash", "message": "two"},
        ],
        WORK,
    )
    assert records.layers == ("first",)
    assert records.done == SessionEnd(exit=0, collected=1)
    assert records.crash == "one"


def test_done_without_counts_means_zero() -> None:
    records = parse_records([{"kind": "done", "collected": None}], WORK)
    assert records.done == SessionEnd(exit=0, collected=0)


def test_a_setup_or_teardown_error_outranks_a_passing_call() -> None:
    records = parse_records(
        [
            reported("a", "passed"),
            reported("b", "failed", message="first"),
            reported("a", "error", exc_type="OSError", exc_message="teardown"),
            reported("b", "passed"),
        ],
        WORK,
    )
    assert len(records.reports) == 4  # every report kept, in order
    tests = records.tests
    assert [(t.name, t.status) for t in tests] == [("a", "error"), ("b", "failed")]
    assert tests[1].message == "first"  # a later pass does not undo a failure


def test_the_running_test_is_the_first_that_began_and_never_reported() -> None:
    records = parse_records(
        [
            {"kind": "start", "id": "t.py::a"},
            reported("a", "passed"),
            {"kind": "start", "id": "t.py::b"},
            {"kind": "start", "id": "t.py::c"},
        ],
        WORK,
    )
    assert records.running == "t.py::b"
    assert records.learner_ran


def test_a_collect_error_means_the_learners_code_ran() -> None:
    records = parse_records([{"kind": "collect-error", "file": "t.py"}], WORK)
    assert records.learner_ran
    assert records.collect_errors == (CollectError("Error", "", ()),)


def test_collect_errors_keep_type_message_and_frames() -> None:
    frames = [{"file": "a.py", "line": 3, "function": "<module>", "code": "1 / 0"}]
    raw = {
        "kind": "collect-error",
        "exc_type": "ZeroDivisionError",
        "exc_message": "division by zero",
        "frames": frames,
    }
    (error,) = parse_records([raw], WORK).collect_errors
    assert error == CollectError(
        "ZeroDivisionError", "division by zero", (Frame("a.py", 3, "<module>", "1 / 0"),)
    )


def test_the_crash_message_loses_host_paths() -> None:
    records = parse_records([{"kind": "crash", "message": f"OSError: {WORK}/a.py gone"}], WORK)
    assert records.crash == "OSError: a.py gone"


def test_the_subject_ended_only_when_its_process_ended() -> None:
    ended = reported("a", "error", exc_type="SubjectFailed", exc_message="the process ended")
    broke = reported("a", "error", exc_type="SubjectFailed", exc_message="bad reply")
    assert parse_records([ended], WORK).subject_ended
    assert not parse_records([broke], WORK).subject_ended


def test_an_error_names_its_exception_and_explains_it() -> None:
    result = result_of(
        reported("a", "error", exc_type="NameError", exc_message="name 'totl' is not defined")
    )
    assert result.message == "NameError: name 'totl' is not defined"
    assert result.error_type == "NameError"
    assert result.explanation is not None and "`totl`" in result.explanation
    assert result_of(reported("a", "error")).message == "Exception"


def test_a_bare_assert_gives_way_to_expected_and_actual() -> None:
    compared = result_of(reported("a", "failed", detail="assert 3 == 2", expected="2"))
    assert compared.message == "The result is not what the test expected."
    assert compared.error_type is None
    plain = result_of(reported("a", "failed", detail="assert ok"))
    assert plain.message == "assert ok"
    authored = result_of(reported("a", "failed", message="add(1, 2) should be 3"))
    assert authored.message == "add(1, 2) should be 3"


def test_a_result_keeps_what_the_learner_reads() -> None:
    result = result_of(
        reported(
            "a",
            "passed",
            title="Adds two numbers.",
            stdout="",
            test_line={"code": "assert add(1, 2) == 3"},
        )
    )
    assert result.title == "Adds two numbers."
    assert result.test_code == "assert add(1, 2) == 3"
    assert result.stdout is None  # no output is None, not ""


def test_a_cut_recursion_shows_how_many_calls_were_left_out() -> None:
    frames = frames_of(
        [{"file": "a.py", "line": 2, "function": "f", "code": "return f()"}, {"skipped": 990}]
    )
    assert frames == (Frame("a.py", 2, "f", "return f()"), Frame("...", 0, "(990 more calls)", ""))
    assert frames_of(None) == ()


def test_a_caret_spans_the_error_on_its_line_only() -> None:
    base = {"kind": "problem", "type": "SyntaxError", "file": "a.py", "message": "m"}
    wide = source_problem({**base, "line": 1, "offset": 5, "end_offset": 8, "text": "x = ((\n"})
    assert (wide.text, wide.pointer) == ("x = ((", "    ^^^")
    multi = source_problem(
        {**base, "line": 1, "offset": 5, "end_offset": 2, "end_line": 3, "text": "x = (\n"}
    )
    assert multi.pointer == "    ^"
    nowhere = source_problem({**base, "line": None, "offset": None, "text": None})
    assert nowhere.pointer is None and nowhere.text is None


def test_scrub_turns_host_paths_into_relative_ones() -> None:
    assert scrub(f"{WORK}/a.py and {WORK}", WORK) == "a.py and ."
    assert scrub("/w/check-1/a.py", "") == "/w/check-1/a.py"
