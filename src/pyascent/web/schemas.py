"""The JSON API's wire format: request bodies, responses and the error body.

/openapi.json is generated from these models, so they must say what the routes really
accept and send: tests/integration/test_api_contract.py holds the running server to them.
Verdicts keep their own versioned JSON (`Verdict.to_json`); the models here describe it,
and a test fails when a field is added to one and not the other.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import FastAPI
from pydantic import BaseModel, Field, StrictBool

from pyascent.web.security import REQUESTED_WITH


class ErrorOut(BaseModel):
    """Every refusal and failure of the API: a stable code for programs, a sentence for people."""

    error: str = Field(
        description="A stable code for programs, such as not-found, invalid-request, "
        "empty-code, not-utf8, too-large, csrf, refused, rate-limited, busy, grader, "
        "database, internal.",
        examples=["not-found"],
    )
    detail: str = Field(
        description="What went wrong and what to do, for a person.",
        examples=["There is no exercise 'nope'."],
    )


class CodeIn(BaseModel):
    """Code to check or run. Its size limit (maxLength) is the server's `max_code_kb`."""

    code: str = Field(
        description="The learner's main file: some text other than whitespace, at most "
        "max_code_kb KB of UTF-8 (413 beyond).",
        json_schema_extra={"pattern": r"\S"},
    )


_OTHER_FILES = (
    "The exercise's other files by their path (`Dockerfile`, `invoices/models.py`), each "
    "at most max_code_kb KB; a file not sent is taken from the saved draft or the starter."
)


class SubmitIn(CodeIn):
    """Code to check: the main file, and the other files of a multi-file exercise."""

    files: dict[str, str] = Field(default_factory=dict, description=_OTHER_FILES)


class DraftIn(BaseModel):
    """What is in the editor; may be empty."""

    code: str = Field(
        description="The editor's text, at most max_code_kb KB of UTF-8 (413 beyond)."
    )
    files: dict[str, str] = Field(default_factory=dict, description=_OTHER_FILES)


class ExerciseOut(BaseModel):
    id: str
    title: str
    module: str
    phase: int
    status: str = Field(description="new, attempted or done.")


class ExerciseDetail(BaseModel):
    id: str
    title: str
    instructions: str = Field(description="Markdown.")
    files: dict[str, str] = Field(description="File name to text: the draft, else the starter.")
    hints_shown: list[str]
    hints_total: int
    status: str = Field(description="new, attempted or done.")


class FrameOut(BaseModel):
    """A line of the learner's own code in a traceback."""

    file: str
    line: int = Field(description="0 for the `...` frame of a cut recursion.")
    function: str
    code: str


class SourceProblemOut(BaseModel):
    """A file that could not be compiled; then it is the whole verdict."""

    kind: str = Field(description="SyntaxError (or a subclass), encoding or too-large.")
    file: str
    line: int | None
    offset: int | None
    text: str | None
    message: str
    pointer: str | None = Field(description="Spaces and carets under `text` at the error.")


class TestResultOut(BaseModel):
    name: str
    status: Literal["passed", "failed", "error", "timeout", "skipped", "not-run"]
    title: str | None
    message: str | None
    expected: str | None
    actual: str | None
    error_type: str | None
    explanation: str | None
    traceback: list[FrameOut] = Field(description="The learner's own lines, outermost first.")
    test_code: str | None
    stdout: str | None
    figures: list[str] = Field(
        default=[],
        description="Figures the learner's code drew that the test showed (PNG, base64).",
    )


class VerdictOut(BaseModel):
    """The verdict of `pyascent grade --json` (schema_version 1), plus the attempt it was saved as."""

    schema_version: int
    status: Literal["passed", "failed", "error", "timeout"]
    summary: str
    tests: list[TestResultOut]
    problem: SourceProblemOut | None
    stdout: str
    stderr: str
    duration_ms: int
    sandbox: list[str] = Field(description="The isolation layers the check ran under.")
    explanation: str | None
    verified: bool = Field(description="Decided in a process the learner's code never ran in.")
    attempt_id: int


class QueuedOut(BaseModel):
    """A check sent to the queue's workers (`pyascent serve --queue`): poll its state."""

    attempt_id: int
    status: Literal["queued", "running"]
    position: int = Field(description="Checks ahead of this one.")
    poll: str = Field(description="GET this URL until the verdict is there.")


class CheckStateOut(BaseModel):
    """A check as it stands: waiting (with its place), done (with its verdict), or closed
    without one (with the reason)."""

    attempt_id: int
    exercise_id: str
    status: str = Field(description="queued, running, passed, failed, error, timeout, not-graded.")
    position: int | None = Field(description="Checks ahead of this one while it waits.")
    verdict: VerdictOut | None
    reason: str | None


class AttemptOut(BaseModel):
    attempt_id: int
    created_at: str = Field(description="ISO 8601.")
    status: str = Field(
        description="pending (being graded), passed, failed, error, timeout or not-graded."
    )
    reason: str | None = Field(
        default=None,
        description="Why a not-graded attempt has no verdict (check again); else null.",
    )


class HintOut(BaseModel):
    hint: str
    number: int = Field(description="1 for the first hint.")
    total: int


class TutorIn(BaseModel):
    """A question for the tutor about the code as it is now."""

    message: str = Field("", max_length=2000, description="What the learner asks; may be empty.")
    code: str | None = Field(
        None,
        description="The editor's text; omitted or blank, the tutor reads the last check's code.",
    )
    files: dict[str, str] = Field(default_factory=dict, description=_OTHER_FILES)
    more: StrictBool = Field(False, description="Ask for the next level of help.")


class CitationOut(BaseModel):
    anchor: str = Field(description="module/lesson#section, or the name of a test.")
    title: str
    url: str = Field(description="The lesson section's page; empty for a test.")


class TutorTurnOut(BaseModel):
    level: int = Field(description="0 explain, 1 locate, 2 concept, 3 hint, 4 puzzle, 5 solution.")
    level_words: str
    message: str
    question: str
    cites: list[CitationOut]
    code: str | None = Field(description="Only at level 5, when the solution policy allows.")
    puzzle: list[str] = Field(description="Level 4: the shuffled lines of a Parsons puzzle.")
    source: str = Field(description="ladder (offline) or llm (phrased by the endpoint).")
    note: str
    sent_to: str | None = Field(description="The endpoint's host when a model was asked.")
    asked: str


class SolutionOut(BaseModel):
    allowed: bool
    reason: str = Field(description="Why the solution is shown, or what unlocks it.")
    files: dict[str, str] = Field(description="File name to text; empty when not allowed.")


class DraftSaved(BaseModel):
    saved_at: str = Field(description="ISO 8601.")


class StreakOut(BaseModel):
    current: int
    longest: int


class ModuleProgress(BaseModel):
    id: str
    title: str
    done: int
    total: int


class PhaseProgress(BaseModel):
    number: int
    title: str
    done: int
    total: int
    modules: list[ModuleProgress]


class ProgressOut(BaseModel):
    done: int
    total: int
    attempts: int
    streak: StreakOut
    phases: list[PhaseProgress]
    per_day: dict[str, int] = Field(description="Checks per day (ISO date to count).")
    generated_at: str = Field(description="ISO 8601.")


class RunOut(BaseModel):
    """A lesson example's run: what it printed and drew (PNG images, base64)."""

    schema_version: int
    status: Literal["ok", "error", "timeout"]
    stdout: str
    stderr: str
    images: list[str]
    error: str | None
    explanation: str | None
    traceback: list[FrameOut]
    duration_ms: int


class ExploreIn(BaseModel):
    """A program for the explorer, and the lines its input() calls read."""

    code: str = Field(
        description="The program: some text other than whitespace, at most max_code_kb KB "
        "of UTF-8 (413 beyond).",
        json_schema_extra={"pattern": r"\S"},
    )
    stdin: list[str] = Field(
        default_factory=list, max_length=1000, description="One line per input() call."
    )


class ExploreOut(BaseModel):
    """A trace (format v1, docs/explorer.md): untrusted data, never a verdict."""

    header: dict[str, Any]
    records: list[dict[str, Any]] = Field(description="Steps (t=s) and output (t=out).")
    end: dict[str, Any] = Field(description="Why the trace ends: reason, steps, exc.")
    narration: list[str] = Field(description="What each step did, in words.")


class PredictIn(BaseModel):
    """What the learner thinks the snippet prints."""

    answer: str = Field(description="The predicted output; trailing spaces do not count.")


class ChoiceIn(BaseModel):
    """The options chosen, numbered from 0 in the order the page shows them."""

    selected: list[Annotated[int, Field(ge=0)]] = Field(min_length=1)


class ParsonsIn(BaseModel):
    """The learner's program: lines by number (their `data-line` on the page), in order;
    lines left out are not sent."""

    order: list[Annotated[int, Field(ge=0)]] = Field(min_length=1)


class OptionFeedbackOut(BaseModel):
    index: int
    correct: bool
    explanation: str = Field(description="Markdown: why this option is right or wrong.")


class QuizResultOut(BaseModel):
    correct: bool
    message: str
    expected: str | None = Field(
        description="What the program prints, computed by running it (predict, Parsons)."
    )
    output: str | None = Field(description="What the learner's Parsons program printed.")
    options: list[OptionFeedbackOut] = Field(description="A choice quiz: the chosen options.")


_WHY = {
    401: "Classroom mode (the server has accounts): sign in first at /login; the session "
    "cookie then goes with every request.",
    400: "The body is not JSON in UTF-8, or the request cannot be carried out (the detail says why).",
    403: "Refused as cross-site: send JSON (Content-Type: application/json) from this origin, "
    f"an {REQUESTED_WITH} header, or the page's CSRF token. In classroom mode also: your "
    "role in the cohort may not do this, or classroom mode is off.",
    404: "There is no such exercise (or cohort, assignment or student you may see).",
    413: "The code or the request body is over the server's limit.",
    422: "The request is not valid: a field is missing or of the wrong type, or the code is "
    "empty or not valid UTF-8.",
    429: "Too many checks from this client or account, or the graded runs of an "
    "assignment's window are used up: wait Retry-After seconds.",
    503: "Not possible right now: the progress database cannot be used, grading is not "
    "working, or (checks) every grading worker is busy; then Retry-After says when to retry.",
}

_RETRY_AFTER = {
    "description": "Seconds to wait before trying again.",
    "schema": {"type": "integer"},
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a route that can answer these error statuses, all with `ErrorOut`."""
    documented: dict[int | str, dict[str, Any]] = {}
    for status in sorted({401, *statuses}):  # any route may ask for a sign-in
        response: dict[str, Any] = {"model": ErrorOut, "description": _WHY[status]}
        if status in (429, 503):
            retry = {**_RETRY_AFTER, "required": status == 429}
            response["headers"] = {"Retry-After": retry}
        documented[status] = response
    return documented


def install_openapi(app: FastAPI) -> None:
    """Make /openapi.json say what `app` really answers.

    FastAPI documents its own validation error (HTTPValidationError, an array) on every route
    with parameters; this app answers `ErrorOut`, on the routes that declare 422. And the code
    limit is the one configured for this app, not a constant.
    """
    generate = app.openapi
    limit = app.state.settings.max_code_kb * 1024

    def openapi() -> dict[str, Any]:
        schema = generate()  # cached by FastAPI: the edits below are made once
        components = schema.get("components", {}).get("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        for operations in schema["paths"].values():
            for operation in operations.values():
                responses = operation.get("responses", {})
                body = responses.get("422", {}).get("content", {}).get("application/json", {})
                if body.get("schema", {}).get("$ref", "").endswith("/HTTPValidationError"):
                    del responses["422"]
        for model in (CodeIn, SubmitIn, DraftIn):
            if model.__name__ in components:
                components[model.__name__]["properties"]["code"]["maxLength"] = limit
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
