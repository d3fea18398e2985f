"""Common-failure clusters: per exercise, the failures many students of a class share.

An instructor cannot read 300 failing verdicts; they can read ten lines that say "14 students
fail test_small_numbers with 'add(<values>) should return <num>, got None'". This module
groups failing runs by what went wrong and turns a group into the draft of a new recorded
mistake (`.meta/mistakes/<name>.py` + `<name>.toml`, docs/authoring.md), so the tutor can
answer the next student who makes it with the author's own words.

Pure on purpose: runs come in as plain values (store/class_reads.py's `FailingRun` fits
`FailingRunLike`) and verdicts as the stored JSON of `Verdict.to_json()`, read as plain
dicts, so nothing here touches the database, the grader or the course loader, and a verdict
written by an older grader (or a malformed one) is read as far as it goes instead of failing.

The cluster key is (test id, exception type, normalised message):

- test id: the name of the first test whose status is not passed/skipped (the grader puts the
  first failure first). A verdict without one gets a pseudo id: "(syntax)" for a syntax or
  indentation error, "(encoding)" / "(too-large)" for the other source problems, "(timeout)"
  when the run timed out before any test, "(no test ran)" when it ended before any test,
  "(no failing test)" when it failed although every test it reports passed.
- exception type: the test's `error_type`; else "AssertionError" for a `failed` test (a test's
  assertion said no: `assert`, `pytest.fail`, "DID NOT RAISE"); else the test's status
  ("timeout", "error" for a crash without an exception such as a segfault, "not-run"). For a
  source problem its kind (SyntaxError, IndentationError, encoding); for a verdict without
  tests its status.
- normalised message: see `normalise_message`.

Counting: a cluster holds every failing run that lands in it (`runs`), and the distinct
students among them (`students`). A student is not counted only at their latest run: a
mistake most of the class made and got past is exactly the one worth a recorded mistake, and
ranking by distinct students first keeps one student's twenty retries from outranking a
mistake five students share. Passed verdicts, if a caller passes any, are ignored.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

MAX_MESSAGE = 160  # a cluster's label is one line of a table, not the whole message
NO_MESSAGE = "(no message)"
_FINE = ("passed", "skipped")


class FailingRunLike(Protocol):
    """One failing check: who sent it, when, and the verdict as stored (`Verdict.to_json()`)."""

    @property
    def attempt_id(self) -> int: ...
    @property
    def learner_id(self) -> int: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def verdict(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True)
class ClusterExample:
    """The newest run of a cluster, as the instructor is shown it (raw, not normalised)."""

    attempt_id: int
    learner_id: int
    created_at: datetime
    title: str | None  # the failing test's docstring line, when there is a test
    message: str  # the run's own words, values and all
    expected: str | None
    actual: str | None


@dataclass(frozen=True)
class FailureCluster:
    """Failing runs that went wrong the same way (same test, exception and message shape)."""

    test: str
    error_type: str
    message: str  # normalised
    runs: int
    students: tuple[int, ...]  # distinct learner ids, ascending
    first_seen: datetime
    last_seen: datetime
    example: ClusterExample
    attempt_ids: tuple[int, ...]  # newest first, so a page can list the runs behind it

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.test, self.error_type, self.message)

    @property
    def pseudo_test(self) -> bool:
        """True when no test failed ("(syntax)", "(timeout)"...): there is no test to expect."""
        return self.test.startswith("(")

    def to_json(self) -> dict[str, Any]:
        """Plain JSON for the API; datetimes as ISO 8601."""
        ex = self.example
        return {
            "test": self.test,
            "error_type": self.error_type,
            "message": self.message,
            "runs": self.runs,
            "students": list(self.students),
            "first_seen": self.first_seen.isoformat(),
            "last_seen": self.last_seen.isoformat(),
            "attempt_ids": list(self.attempt_ids),
            "example": {
                "attempt_id": ex.attempt_id,
                "learner_id": ex.learner_id,
                "created_at": ex.created_at.isoformat(),
                "title": ex.title,
                "message": ex.message,
                "expected": ex.expected,
                "actual": ex.actual,
            },
        }


# Order matters: object reprs and addresses before numbers (0x7f... holds digits), quoted
# strings before paths (a quoted path is a string), numbers last. Each pattern is anchored so
# that it never eats part of a word: "code's" keeps its apostrophe, "test2" and "float64"
# keep their digits, "UTF-8" stays UTF-8.
_OBJECT = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")
_ADDR = re.compile(r"(?<![\w])0x[0-9a-fA-F]+(?![\w])")
_STRING = re.compile(
    r"""(?<![\w'"])[rRbBuUfF]{0,2}(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")(?![\w])"""
)
_PATH = re.compile(r"""(?<![\w/.~<])(?:~|\.{1,2})?/[^\s'",:;()\[\]{}<>]+|\b[A-Za-z]:\\[^\s'"]+""")
_NUMBER = re.compile(r"(?<![\w.])(?<![A-Za-z]-)[-+]?\d[\d_]*(?:\.\d+)*(?:[eE][-+]?\d+)?j?(?![\w])")
_HOLE = r"<(?:num|str|addr|object|path|values)>"
# "[1, 2, 3]" and "[4, 5]" are the same shape of answer: a run of values joined by commas
# (or key: value pairs) becomes one placeholder, so list and dict lengths do not split
# clusters; a single value stays what it is.
_VALUES = re.compile(rf"{_HOLE}(?:\s*:\s*{_HOLE})?(?:\s*,\s*{_HOLE}(?:\s*:\s*{_HOLE})?)+")
_REPLACEMENTS = (
    (_OBJECT, "<object>"),
    (_ADDR, "<addr>"),
    (_STRING, "<str>"),
    (_PATH, "<path>"),
    (_NUMBER, "<num>"),
)


def normalise_message(message: str | None, error_type: str | None = None) -> str:
    """The shape of a message without the learner's values, so that one mistake is one key.

    Rules, in order: a leading "<error_type>: " is dropped (the type is already in the key);
    `<Foo object at 0x...>` becomes `<object>`, other hex (0x...) `<addr>`, quoted strings
    (with an optional r/b/u/f prefix) `<str>`, file paths (/..., ./..., ~/..., C:\\...)
    `<path>`, numbers (ints, floats, negative, exponent, complex) `<num>`; a comma-joined run
    of these (a list's or dict's items) becomes `<values>`; whitespace is collapsed and the
    result capped at MAX_MESSAGE characters at a word boundary. Words are kept, None/True/False
    included: "got None" and "got 5" are different mistakes and stay apart.
    """
    text = _strip_type(message or "", error_type)
    for pattern, hole in _REPLACEMENTS:
        text = pattern.sub(hole, text)
    text = _VALUES.sub("<values>", text)
    text = " ".join(text.split())
    if not text:
        return NO_MESSAGE
    if len(text) > MAX_MESSAGE:
        cut = text[: MAX_MESSAGE - 2]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut) + " …"
    return text


def _strip_type(message: str, error_type: str | None) -> str:
    if error_type and message.startswith(f"{error_type}:"):
        return message[len(error_type) + 1 :].lstrip()
    return message


@dataclass(frozen=True)
class _Failure:
    """What one run says went wrong, before normalising."""

    test: str
    error_type: str
    message: str
    title: str | None = None
    expected: str | None = None
    actual: str | None = None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _failure(verdict: Mapping[str, Any]) -> _Failure:
    status = _text(verdict.get("status")) or "error"
    summary = _text(verdict.get("summary")) or ""
    listed = verdict.get("tests")  # a list from JSON, a tuple straight from to_json()
    tests = (
        [t for t in listed if isinstance(t, Mapping)] if isinstance(listed, list | tuple) else []
    )
    for test in tests:
        test_status = _text(test.get("status")) or "error"
        if test_status in _FINE:
            continue
        kind = _text(test.get("error_type")) or (
            "AssertionError" if test_status == "failed" else test_status
        )
        return _Failure(
            test=_text(test.get("name")) or "(unnamed test)",
            error_type=kind,
            message=_text(test.get("message")) or "",
            title=_text(test.get("title")),
            expected=_text(test.get("expected")),
            actual=_text(test.get("actual")),
        )
    problem = verdict.get("problem")
    if isinstance(problem, Mapping):
        kind = _text(problem.get("kind")) or "SyntaxError"
        label = "(syntax)" if kind.endswith("Error") else f"({kind})"
        return _Failure(label, kind, _text(problem.get("message")) or summary)
    if tests:
        return _Failure("(no failing test)", status, summary)
    return _Failure("(timeout)" if status == "timeout" else "(no test ran)", status, summary)


def _utc(stamp: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stamp the store writes is UTC."""
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)


def cluster_failures(runs: Iterable[FailingRunLike], top: int = 10) -> list[FailureCluster]:
    """The `top` clusters of these runs, most students first, then most runs, then by key.

    Raises:
        ValueError: when `top` is below 1.
    """
    if top < 1:
        raise ValueError(f"top must be at least 1, not {top}")
    groups: dict[tuple[str, str, str], list[tuple[datetime, int, FailingRunLike, _Failure]]] = {}
    for run in runs:
        if run.verdict.get("status") == "passed":
            continue
        failure = _failure(run.verdict)
        key = (
            failure.test,
            failure.error_type,
            normalise_message(failure.message, failure.error_type),
        )
        groups.setdefault(key, []).append((_utc(run.created_at), run.attempt_id, run, failure))
    clusters = []
    for (test, kind, message), members in groups.items():
        members.sort(key=lambda m: (m[0], m[1]), reverse=True)  # newest first
        stamp, _, newest, failure = members[0]
        example = ClusterExample(
            attempt_id=newest.attempt_id,
            learner_id=newest.learner_id,
            created_at=stamp,
            title=failure.title,
            message=failure.message,
            expected=failure.expected,
            actual=failure.actual,
        )
        clusters.append(
            FailureCluster(
                test=test,
                error_type=kind,
                message=message,
                runs=len(members),
                students=tuple(sorted({m[2].learner_id for m in members})),
                first_seen=members[-1][0],
                last_seen=stamp,
                example=example,
                attempt_ids=tuple(m[1] for m in members),
            )
        )
    clusters.sort(key=lambda c: (-len(c.students), -c.runs, c.key))
    return clusters[:top]


@dataclass(frozen=True)
class MistakeDraft:
    """A cluster as a recorded mistake, for the instructor to edit before it joins the pack.

    `name` is the file stem of both files; `program` the sample (the example run's code,
    exactly, so the course check reproduces the failure); `toml` the text of `<name>.toml`.
    """

    exercise_id: str
    name: str
    program: str
    toml: str


DESCRIPTION_TODO = (
    "TODO: explain this mistake to the learner: what the program does and why it is wrong"
)
_EDGES = " \t" + string.punctuation  # a piece is cut where a value was: ") should" is "should"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_]{0,59}$")
_WORD = re.compile(r"[a-z0-9]+")
_MAX_NAME_WORDS = 6


def mistake_draft(cluster: FailureCluster, exercise_id: str, learner_code: str) -> MistakeDraft:
    """The draft of `.meta/mistakes/<name>.toml` (and its `.py`) for this cluster.

    The fields are the ones docs/authoring.md documents. `description` is what the tutor
    shows a learner whose check matches, so it starts with "TODO:" for the instructor to
    replace (comments above it quote the cluster). `expect_test` is the cluster's test
    (left out for a pseudo test such as "(syntax)"); `expect_message` is the longest piece
    of the example's message that holds none of the learner's values, so every run of the
    cluster shows it; when no piece is long enough, the exception type (which the feedback
    also contains) or, for a pseudo test, the example's whole message.
    """
    expect_test = None if cluster.pseudo_test else cluster.test
    expect_message = _stable_fragment(cluster.example.message, cluster.error_type)
    if expect_message is None and cluster.error_type[:1].isupper():
        # the feedback holds the exception's name; "AssertionError" is only our label
        expect_message = None if cluster.error_type == "AssertionError" else cluster.error_type
    if expect_test is None and (expect_message is None or " " not in expect_message):
        # No test narrows it down: one word ("expected") would match far too much.
        expect_message = cluster.example.message.strip() or expect_message or cluster.error_type
    lines = [
        f"# Drafted from a common failure at {exercise_id}: {_count(cluster.runs, 'run')} by "
        f"{_count(len(cluster.students), 'student')}, last seen {cluster.last_seen:%Y-%m-%d}.",
        f"# {' '.join(f'{cluster.test} / {cluster.error_type}'.split())}: {cluster.message}",
        "# Replace the TODO with the explanation a learner making this mistake should read.",
        f"description = {_toml_string(DESCRIPTION_TODO)}",
    ]
    if expect_message is not None:
        lines.append(f"expect_message = {_toml_string(expect_message)}")
    if expect_test is not None:
        lines.append(f"expect_test = {_toml_string(expect_test)}")
    return MistakeDraft(exercise_id, _slug(cluster), learner_code, "\n".join(lines) + "\n")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _stable_fragment(message: str, error_type: str) -> str | None:
    """The longest line-piece of `message` between the values normalising would replace."""
    text = _strip_type(message, error_type)
    for pattern, _ in _REPLACEMENTS:
        text = pattern.sub("\0", text)
    pieces = [p.strip(_EDGES) for p in re.split(r"[\0\n]", text)]
    best = max(pieces, key=len, default="")
    return best if len(best) >= 4 and any(c.isalpha() for c in best) else None


def _slug(cluster: FailureCluster) -> str:
    message = "" if cluster.message == NO_MESSAGE else cluster.message
    words = _WORD.findall(re.sub(_HOLE, " ", message).lower())
    if cluster.pseudo_test:  # "expected" alone says little; "syntax_expected" says where
        words = _WORD.findall(cluster.test) + words
    if not words:
        words = _WORD.findall(f"{cluster.error_type} {cluster.test}".lower())
    name = "_".join(words[:_MAX_NAME_WORDS])[:40].strip("_")
    return name or "common_failure"


def _toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, but TOML refuses a raw DEL too."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def write_mistake_draft(draft: MistakeDraft, exercise_dir: Path) -> list[Path]:
    """Write `<name>.py` and `<name>.toml` into `<exercise_dir>/.meta/mistakes/`.

    Neither file is written when either exists: an author's recorded mistake is never
    overwritten by a draft, and half a pair (a program without its toml) is a defect.

    Raises:
        ValueError: when a file exists (naming it) or the name is not a plain file stem.
    """
    if not _NAME.match(draft.name):
        raise ValueError(
            f"mistake name {draft.name!r} must be lower-case letters, digits and '_' "
            "(at most 60), starting with a letter or digit"
        )
    folder = exercise_dir / ".meta" / "mistakes"
    paths = [folder / f"{draft.name}.py", folder / f"{draft.name}.toml"]
    for path in paths:
        if path.exists():
            raise ValueError(f"{path} already exists: choose another name for this mistake")
    folder.mkdir(parents=True, exist_ok=True)
    for path, text in zip(paths, (draft.program, draft.toml), strict=True):
        with path.open("x", encoding="utf-8", newline="") as file:
            file.write(text)
    return paths
