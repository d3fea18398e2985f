"""A pytest plugin that writes each test's outcome as a JSON line on the result channel.

Results are collected from pytest's hooks rather than parsed from its text output, as
Exercism's runner does; the host turns these raw records into a beginner's verdict.
"""

from __future__ import annotations

import json
import linecache
import os
import unittest
from collections.abc import Generator, Iterable
from types import TracebackType
from typing import Any, TextIO

import pytest

MAX_REPR = 600
MAX_TEXT = 4000
MAX_FRAMES = 8


def safe_repr(value: object) -> str:
    """repr() that survives hostile or huge objects."""
    try:
        text = repr(value)
    except Exception as exc:
        text = f"<unprintable {type(value).__name__}: {type(exc).__name__}>"
    if len(text) > MAX_REPR:
        text = text[: MAX_REPR - 15] + " ...(truncated)"
    return text


def _clip(text: str | None, limit: int = MAX_TEXT) -> str | None:
    if text is None:
        return None
    return text if len(text) <= limit else text[:limit] + "\n...(truncated)"


_ORIGINAL_ASSERT_EQUAL = unittest.TestCase.assertEqual
_current: Collector | None = None


def _assert_equal(case: unittest.TestCase, first: Any, second: Any, msg: Any = None) -> None:
    """unittest's assertEqual, remembering actual and expected when it fails."""
    try:
        _ORIGINAL_ASSERT_EQUAL(case, first, second, msg)
    except AssertionError:
        if _current is not None:
            _current.remember(first, second)
        raise


unittest.TestCase.assertEqual = _assert_equal  # type: ignore[method-assign,assignment]


class Collector:
    """Hook implementations; one instance per check."""

    def __init__(self, out: TextIO, work_dir: str, learner_files: Iterable[str]) -> None:
        global _current
        self.out = out
        self.work_dir = os.path.realpath(work_dir)
        self.learner_paths = {os.path.join(self.work_dir, name) for name in learner_files}
        self.compare: tuple[str, str] | None = None
        _current = self

    def emit(self, record: dict[str, Any]) -> None:
        self.out.write(json.dumps(record) + "\n")
        self.out.flush()

    def remember(self, actual: object, expected: object) -> None:
        if self.compare is None:
            self.compare = (safe_repr(actual), safe_repr(expected))

    # -- pytest hooks -------------------------------------------------------------------

    def pytest_runtest_logstart(self, nodeid: str, location: tuple[str, int | None, str]) -> None:
        self.compare = None
        self.emit({"kind": "start", "id": nodeid})

    def pytest_assertrepr_compare(
        self, config: pytest.Config, op: str, left: object, right: object
    ) -> None:
        if op == "==":
            self.remember(left, right)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        report = yield
        if report.when == "call" or report.outcome != "passed":
            self.emit(self._test_record(item, call, report))
        return report

    def pytest_exception_interact(
        self,
        node: pytest.Item | pytest.Collector,
        call: pytest.CallInfo[Any],
        report: pytest.CollectReport | pytest.TestReport,
    ) -> None:
        if isinstance(report, pytest.CollectReport) and call.excinfo is not None:
            exc = call.excinfo.value
            cause = exc.__cause__ or exc.__context__
            if cause is not None and type(exc).__name__ == "CollectError":
                exc = cause
            record: dict[str, Any] = {
                "kind": "collect-error",
                "file": os.path.basename(str(node.path)),
            }
            record.update(self._describe(exc, exc.__traceback__))
            if record.get("exc_type") == "CollectError":
                record["exc_message"] = _clip(str(report.longrepr))
            self.emit(record)

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        self.emit({"kind": "done", "exit": int(exitstatus), "collected": session.testscollected})

    # -- helpers ------------------------------------------------------------------------

    def _test_record(
        self, item: pytest.Item, call: pytest.CallInfo[None], report: pytest.TestReport
    ) -> dict[str, Any]:
        doc = getattr(getattr(item, "obj", None), "__doc__", None) or ""
        title = doc.strip().splitlines()[0] if doc.strip() else None
        status = report.outcome
        record: dict[str, Any] = {  # values are JSON-ready
            "kind": "test",
            "id": item.nodeid,
            "name": item.name,
            "title": title,
            "phase": report.when,
            "status": status,
            "duration": round(report.duration, 4),
            "stdout": _clip(report.capstdout),
        }
        figures = [v for k, v in report.user_properties if k == "pyascent.figure"]
        if figures:
            record["figures"] = [f for f in figures if isinstance(f, str)][:4]
        if status == "skipped":
            record["message"] = _clip(_skip_reason(report))
            return record
        if call.excinfo is None:
            return record
        exc = call.excinfo.value
        record.update(self._describe(exc, call.excinfo.tb))
        in_learner = record["frames"] and record["raised_in_learner_code"]
        if (isinstance(exc, AssertionError) and not in_learner and report.when == "call") or type(
            exc
        ).__name__ == "Failed":
            record["status"] = "failed"
        else:
            record["status"] = "error"
        if self.compare is not None and record["status"] == "failed":
            record["actual"], record["expected"] = self.compare
        return record

    def _describe(self, exc: BaseException, tb: TracebackType | None) -> dict[str, Any]:
        text = str(exc)
        message: str | None = text
        detail: str | None = None
        if isinstance(exc, AssertionError):
            if text.startswith("assert ") or not text:
                message, detail = None, text or None
            elif "\nassert " in text:
                message, detail = text.split("\nassert ", 1)
                detail = "assert " + detail
            plain = isinstance(exc.args[0] if exc.args else None, str)
            if plain and " : " in text and _raised_by_unittest(tb):
                # unittest's longMessage: "4 != 5 : the author's message" (only there: a
                # plain assert's own message may hold " : " and is the author's, whole)
                detail, message = text.split(" : ", 1)
        frames, test_line, last_in_learner = self._frames(tb)
        remote = getattr(exc, "_pyascent_remote", None)
        if isinstance(remote, dict):  # raised by the learner's code in the subject
            frames = [f for f in remote.get("frames", []) if isinstance(f, dict)]
            last_in_learner = True
            if isinstance(exc, AssertionError):
                message, detail = text, None
        if type(exc).__name__ == "SubjectFailed":
            last_in_learner = True
        return {
            "exc_type": type(exc).__name__,
            "exc_message": _clip(text, 1500),
            "message": _clip(message, 1500),
            "detail": _clip(detail, 1500),
            "frames": frames,
            "test_line": test_line,
            "raised_in_learner_code": last_in_learner,
        }

    def _frames(
        self, tb: TracebackType | None
    ) -> tuple[list[dict[str, Any]], dict[str, Any] | None, bool]:
        frames: list[dict[str, Any]] = []
        test_line = None
        last_in_learner = False
        while tb is not None:
            code = tb.tb_frame.f_code
            path = os.path.realpath(code.co_filename)
            line = tb.tb_lineno
            source = linecache.getline(code.co_filename, line).strip()
            if path in self.learner_paths:
                frames.append(
                    {
                        "file": os.path.relpath(path, self.work_dir),
                        "line": line,
                        "function": code.co_name,
                        "code": source,
                    }
                )
                last_in_learner = True
            else:
                if os.path.dirname(path) == self.work_dir and not frames:
                    test_line = {"line": line, "code": source}
                last_in_learner = False
            tb = tb.tb_next
        if len(frames) > MAX_FRAMES:
            hidden = len(frames) - MAX_FRAMES
            frames = [*frames[:3], {"skipped": hidden}, *frames[-(MAX_FRAMES - 3) :]]
        return frames, test_line, last_in_learner


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2])
    return str(longrepr)


def _raised_by_unittest(tb: TracebackType | None) -> bool:
    """Whether an assertion failed inside unittest's own methods (assertEqual...)."""
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename.replace("\\", "/")
        if name.endswith("/unittest/case.py"):
            return True
        tb = tb.tb_next
    return False
