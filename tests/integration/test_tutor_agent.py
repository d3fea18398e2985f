"""The tutor's agent mode against the fake OpenAI server on 127.0.0.1, a real learner
service on a temporary database and the real sandboxed grader.

Each scripted model plays one trace of tool calls; what is asserted is what reached the
learner (the reply) and what reached the model (the fake server's recorded requests): the
tool results the loop sent back, the budget, and that neither the hidden tests' source nor
the reference solution was ever among them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pyascent.course import load_course
from pyascent.grader import GradeJob, Verdict, WorkerPool
from pyascent.services import LearnerService
from pyascent.services.settings import Settings
from pyascent.services.tutor_agent import BUDGET_SPENT, TOOL_BUDGET, TutorAgent
from pyascent.services.tutor_llm import ModelTurn
from pyascent.services.tutoring import TutorReply
from pyascent.store import ProgressStore, sqlite_url
from tests.conftest import GOLDEN
from tests.support.fake_openai import MODEL, FakeOpenAI, Reply, Script, fake_openai

ADDER = GOLDEN / "pack" / "arith" / "exercises" / "adder"
WRONG = "def add(a, b):\n    return a - b\n"  # a sign slip: add(2, 3) gives -1
REFERENCE_LINE = "return a + b"
HIDDEN_CANARY = "HIDDEN-TEST-CANARY"
REFERENCE_CANARY = "REFERENCE-SOLUTION-CANARY"
TUTOR = "Exercise: adder"  # in every request of the tutor's turn, never in a probe's
PROBE_TOOLS = "Call the ping tool."  # the probe's question; the JSON and stream probes get 418

GROUNDED = {
    "level": 0,
    "message": (
        'The test "Adds two small numbers." calls add(2, 3) and expects 5, but your code '
        "gives -1. The lesson on adding shows which sign joins two numbers into their sum."
    ),
    "question": "Which sign does the line in your function use?",
    "cites": ["test_small_numbers", "arith/adding#adding"],
    "code": None,
}
PASTE = {
    "level": 0,
    "message": "Your tests fail. Here is the fixed function, paste it over yours.",
    "question": "Does it pass now?",
    "cites": [],
    "code": "def add(a, b):\n    return a + b",
}


class SharedGrader:
    """The session's warm worker, left open when one learner's service closes."""

    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    def grade(self, job: GradeJob) -> Verdict:
        return self.pool.grade(job)


def call(name: str, **arguments: Any) -> Reply:
    return Reply(kind="tool-call", tool_name=name, tool_arguments=arguments)


def answer(turn: Mapping[str, Any]) -> Reply:
    return Reply(kind="json", turn=turn)


def raw_call(name: str, arguments: str) -> Reply:
    """A tool call whose arguments are exactly `arguments` (e.g. JSON that does not parse)."""
    message = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_raw",
                "type": "function",
                "function": {"name": name, "arguments": arguments},
            }
        ],
    }
    body = {"choices": [{"index": 0, "message": message, "finish_reason": "tool_calls"}]}
    return Reply(kind="status", status=200, body=body)


@dataclass
class Turn:
    reply: TutorReply
    model: ModelTurn | None  # what the agent returned; None: the agent did not run
    requests: list[dict[str, Any]]  # the chat requests of this turn, the probe's left out

    def tool_results(self) -> list[dict[str, Any]]:
        """Every tool message the loop sent back, deduplicated, in order."""
        seen: dict[str, dict[str, Any]] = {}
        for body in self.requests:
            for message in body["messages"]:
                if message["role"] == "tool":
                    seen.setdefault(json.dumps(message), message)
        return list(seen.values())


Session = Callable[..., AbstractContextManager[tuple[FakeOpenAI, Turn]]]


@pytest.fixture
def agent_turn(tmp_path: Path, pool: WorkerPool, monkeypatch: pytest.MonkeyPatch) -> Session:
    """`agent_turn(script, agent=True, asks=1)`: one failed check of adder, then the tutor's
    turns (the last one is returned)."""
    returned: list[ModelTurn] = []
    original = TutorAgent.turn

    def spy(self: TutorAgent, *args: Any) -> ModelTurn:
        result = original(self, *args)
        returned.append(result)
        return result

    monkeypatch.setattr(TutorAgent, "turn", spy)
    sessions = iter(range(100))

    @contextmanager
    def session(
        script: Script, agent: bool = True, asks: int = 1
    ) -> Iterator[tuple[FakeOpenAI, Turn]]:
        returned.clear()
        database = tmp_path / f"progress-{next(sessions)}.db"
        keyed = {PROBE_TOOLS: call("ping"), **dict(script)} if isinstance(script, dict) else script
        with fake_openai(keyed) as fake:
            course = load_course(GOLDEN / "pack")
            store = ProgressStore(sqlite_url(database), course.id)
            settings = Settings(
                tutor_endpoint=fake.url,
                tutor_model=MODEL,
                tutor_agent=agent,
                tutor_timeout_seconds=5,
            )
            with LearnerService(course, store, SharedGrader(pool), settings) as service:
                checked = service.submit(
                    service.resolve("adder"), {"adder.py": WRONG.encode()}, "web"
                )
                assert checked.verdict.status == "failed"
                for _ in range(asks):
                    reply = service.tutoring.ask(
                        "adder", "Why does my add fail?", {"adder.py": WRONG}
                    )
            requests = [body for body in fake.chat_requests if TUTOR in json.dumps(body)]
            yield fake, Turn(reply, returned[-1] if returned else None, requests)

    return session


def test_a_model_that_runs_the_tests_and_reads_a_lesson_gets_its_grounded_turn_delivered(
    agent_turn: Session,
) -> None:
    script = {
        TUTOR: [
            call("run_tests"),
            call("search_lessons", query="adding two numbers"),
            answer(GROUNDED),
        ]
    }
    with agent_turn(script) as (_, turn):
        pass
    assert turn.reply.source == "llm"
    assert turn.reply.message == GROUNDED["message"]
    assert [c.anchor for c in turn.reply.cites] == GROUNDED["cites"]
    assert turn.reply.cites[1].url == "/modules/arith/lessons/adding#adding"
    assert turn.model is not None and turn.model.tools_used == ["run_tests", "search_lessons"]
    assert turn.model.rejected == [] and turn.reply.model_calls == 3
    assert all(body.get("tools") for body in turn.requests), "tools offered until it answers"
    tests, lessons = (json.loads(m["content"]) for m in turn.tool_results())
    assert tests["first_failure"] == {
        "name": "test_small_numbers",
        "message": "add(2, 3) should return 5",
        "expected": "5",
        "actual": "-1",
    }
    assert [t["status"] for t in tests["tests"]] == ["failed"] * 3
    assert lessons["sections"][0]["anchor"] == "arith/adding#adding"
    assert lessons["sections"][0]["citable"] is True
    assert "`2 + 3` is `5`." in lessons["sections"][0]["text"]
    answered = turn.requests[1]["messages"]
    assert answered[-2]["tool_calls"][0]["function"]["name"] == "run_tests"
    assert answered[-1]["role"] == "tool" and answered[-1]["tool_call_id"] == "call_1"


def test_a_model_that_pastes_the_solution_after_running_the_tests_gets_the_ladders_turn(
    agent_turn: Session,
) -> None:
    with agent_turn({TUTOR: [call("run_tests"), answer(PASTE)]}) as (_, turn):
        pass
    assert turn.reply.source == "ladder"
    assert REFERENCE_LINE not in turn.reply.message + turn.reply.question
    assert "code-policy" in turn.reply.rejected
    assert turn.model is not None and turn.model.turn is None
    assert {"code-policy", "leak-exec"} <= set(turn.reply.rejected)
    assert turn.model.calls == 3, "tools, the answer, the one retry naming the rule"
    assert turn.model.tools_used == ["run_tests"]
    retry = turn.requests[-1]
    assert "tools" not in retry, "the retry offers no tools"
    assert "That turn broke a rule" in retry["messages"][-1]["content"]
    assert len(turn.requests) == 3


def test_an_unknown_tool_and_bad_arguments_get_error_results_and_the_turn_goes_on(
    agent_turn: Session,
) -> None:
    script = {
        TUTOR: [
            call("print_hidden_tests"),
            raw_call("search_lessons", '{"query": "adding'),
            call("get_hint", level=4),
            call("read_learner_code", file="adder.py"),
            answer(GROUNDED),  # asked for once the budget is spent on the four bad calls
        ]
    }
    with agent_turn(script) as (_, turn):
        pass
    errors = [json.loads(m["content"])["error"] for m in turn.tool_results()]
    assert len(errors) == TOOL_BUDGET
    assert "no tool called 'print_hidden_tests'" in errors[0] and "run_tests" in errors[0]
    assert "search_lessons are not valid JSON" in errors[1]
    assert "Level 4 is not allowed now" in errors[2]
    assert "read_learner_code takes no argument 'file'" in errors[3]
    assert turn.model is not None and turn.model.tools_used == []
    assert turn.reply.source == "llm" and turn.reply.message == GROUNDED["message"]


def test_a_model_that_never_stops_calling_tools_is_asked_for_its_answer_after_the_budget(
    agent_turn: Session,
) -> None:
    script = {BUDGET_SPENT: answer(GROUNDED), TUTOR: call("run_tests")}  # it repeats forever
    with agent_turn(script) as (_, turn):
        pass
    assert turn.model is not None and turn.model.tools_used == ["run_tests"] * TOOL_BUDGET
    assert len(turn.requests) == TOOL_BUDGET + 1
    assert all("tools" in body for body in turn.requests[:TOOL_BUDGET])
    last = turn.requests[-1]
    assert "tools" not in last and last["messages"][-1]["content"] == BUDGET_SPENT
    assert turn.reply.source == "llm" and turn.reply.message == GROUNDED["message"]


def test_tool_results_never_carry_the_hidden_tests_or_the_reference(agent_turn: Session) -> None:
    script = {
        TUTOR: [
            call("run_tests"),
            call("read_learner_code"),
            call("get_hint", level=0),
            call("attempt_history"),
            answer(GROUNDED),
        ]
    }
    with agent_turn(script) as (fake, turn):
        everything = json.dumps([r.body for r in fake.requests])
    assert turn.model is not None
    assert turn.model.tools_used == [
        "run_tests",
        "read_learner_code",
        "get_hint",
        "attempt_history",
    ]
    results = [json.loads(m["content"]) for m in turn.tool_results()]
    tests, code, hint, history = results
    assert code == {"files": {"adder.py": WRONG}}
    assert hint["level"] == 0 and hint["message"]
    assert [(a["status"], a["first_failing_test"]) for a in history["attempts"]] == [
        ("failed", "test_small_numbers")
    ]
    assert "test_code" not in json.dumps(tests)
    shown = "\n".join(_strings(results))
    hidden = (ADDER / ".meta" / "tests" / "test_adder.py").read_text(encoding="utf-8")
    for line in (line.strip() for line in hidden.splitlines()):
        if len(line) > 12:
            assert line not in shown, f"a hidden test's line reached the model: {line}"
    assert REFERENCE_LINE not in shown
    assert HIDDEN_CANARY not in everything and REFERENCE_CANARY not in everything


def test_the_agent_stays_off_without_the_setting_or_when_the_probe_finds_no_tools(
    agent_turn: Session,
) -> None:
    with agent_turn({TUTOR: answer(GROUNDED)}, agent=False) as (fake, off):
        pass
    assert off.model is None and off.reply.source == "llm"
    assert not any("tools" in body for body in fake.chat_requests), "not even a probe"
    # The probe's ping is answered with words, not a call: the endpoint cannot call tools.
    script = {PROBE_TOOLS: answer({"ok": True}), TUTOR: answer(GROUNDED)}
    with agent_turn(script) as (fake, unable):
        pass
    assert unable.model is None and unable.reply.source == "llm"
    assert [b for b in fake.chat_requests if "tools" in b] == [fake.chat_requests[1]]


def test_the_endpoint_is_probed_once_per_tutoring_and_a_failed_probe_means_no_agent(
    agent_turn: Session,
) -> None:
    with agent_turn({TUTOR: answer(GROUNDED)}, asks=2) as (fake, second):
        pings = [b for b in fake.chat_requests if PROBE_TOOLS in json.dumps(b)]
    assert len(pings) == 1 and second.model is not None and second.reply.source == "llm"
    broken = Reply(kind="status", status=500)  # every try of the first probe: no answer
    script = {"Reply with this JSON object": broken, TUTOR: answer(GROUNDED)}
    with agent_turn(script) as (fake, unprobed):
        pass
    assert unprobed.model is None, "the fixed workflow answered"
    assert unprobed.reply.source == "llm" and "tools" not in unprobed.requests[-1]


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
