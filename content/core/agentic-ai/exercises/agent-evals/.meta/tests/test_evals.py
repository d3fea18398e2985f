"""The checks run the harness on scripted agents: one that is right, one that is wrong, one
that crashes and one that returns nonsense, on a fixed task set."""

import pytest

import evals

TASKS = [
    {"id": "capital-pt", "question": "What is the capital of Portugal?", "expected": "Lisbon", "tools": ["search"]},
    {"id": "sum-prices", "question": "What is 12.5 + 7.5?", "expected": "20", "tools": ["calculator"]},
    {"id": "weather-oslo", "question": "Do I need a coat in Oslo?", "expected": "Yes", "tools": ["get_weather"]},
    {"id": "trip-cost", "question": "Two nights in Porto for two?", "expected": "360 euros", "tools": ["search", "calculator"]},
]


class ScriptedAgent:
    """Answers each question from a dict: an outcome to return, or an exception to raise."""

    def __init__(self, outcomes):
        self.outcomes = outcomes
        self.questions = []

    def __call__(self, question):
        self.questions.append(question)
        outcome = self.outcomes[question]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def outcome(answer, tool_calls, steps):
    return {"answer": answer, "tool_calls": tool_calls, "steps": steps}


RIGHT = {
    "What is the capital of Portugal?": outcome("Lisbon.", ["search"], 2),
    "What is 12.5 + 7.5?": outcome(20, ["calculator"], 2),
    "Do I need a coat in Oslo?": outcome("  YES  ", ["get_weather"], 3),
    "Two nights in Porto for two?": outcome("360   Euros", ["search", "calculator"], 6),
}


def test_normalise():
    """White space collapsed, case folded, one full stop at the end dropped."""
    cases = [
        ("Lisbon", "lisbon"),
        ("  Lisbon.  ", "lisbon"),
        ("360   Euros\n", "360 euros"),
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),
        ("Mr. Smith.", "mr. smith"),
        ("Wait...", "wait.."),
        ("", ""),
    ]
    for text, expected in cases:
        assert evals.normalise(text) == expected, (
            f"normalise({text!r}) should be {expected!r}: join text.split() with one space, "
            "casefold(), and remove one '.' at the very end"
        )


def test_a_right_answer():
    """An agent that answers right with the right tools: a row with correct and tools_ok."""
    row = evals.run_task(ScriptedAgent(RIGHT), TASKS[0])
    assert row == {"id": "capital-pt", "correct": True, "tools_ok": True, "steps": 2, "error": None}, (
        "For 'Lisbon.' with the tools ['search'] in 2 steps, the row should be {'id': "
        "'capital-pt', 'correct': True, 'tools_ok': True, 'steps': 2, 'error': None}. "
        "'Lisbon.' counts as the expected 'Lisbon': compare normalise(str(answer)) with normalise(expected)"
    )


def test_answers_are_compared_normalised():
    """Both sides are normalised; an answer that is not text is compared as str(answer)."""
    agent = ScriptedAgent(RIGHT)
    for task in TASKS:
        row = evals.run_task(agent, task)
        assert row["correct"] is True, (
            f"For task {task['id']!r}, the answer {RIGHT[task['question']]['answer']!r} should count as "
            f"{task['expected']!r}: compare normalise(str(answer)) with normalise(expected)"
        )
    task = {"id": "t", "question": "q", "expected": "Lisbon.", "tools": []}
    assert evals.run_task(ScriptedAgent({"q": outcome("LISBON", [], 1)}), task)["correct"] is True, (
        "The expected answer is normalised too: 'Lisbon.' and 'LISBON' are the same"
    )
    assert evals.run_task(ScriptedAgent({"q": outcome(20.0, [], 1)}), TASKS[1] | {"question": "q"})["correct"] is False, (
        "The answer 20.0 is the text '20.0', not '20': exact match after normalising"
    )


def test_wrong_answers_and_wrong_tools():
    """A wrong answer is not correct; tools must be exactly the expected ones, in order."""
    agent = ScriptedAgent({
        "q1": outcome("Porto", ["search"], 1),
        "q2": outcome("360 euros", ["calculator", "search"], 4),
        "q3": outcome("360 euros", ["search", "calculator", "calculator"], 6),
        "q4": outcome("360 euros", [], 1),
    })
    base = TASKS[3]
    assert evals.run_task(agent, TASKS[0] | {"question": "q1"}) == {
        "id": "capital-pt", "correct": False, "tools_ok": True, "steps": 1, "error": None
    }, "'Porto' for the capital of Portugal is wrong, with the right tool: correct False, tools_ok True"
    assert evals.run_task(agent, base | {"question": "q2"})["tools_ok"] is False, (
        "The tools ran in the wrong order (calculator before search): tools_ok should be False"
    )
    assert evals.run_task(agent, base | {"question": "q3"})["tools_ok"] is False, (
        "One calculator call too many: tools_ok should be False"
    )
    assert evals.run_task(agent, base | {"question": "q4"})["tools_ok"] is False, "No tools at all: tools_ok should be False"


def test_a_crash_is_a_row():
    """An agent that raises gives a row with the error, and 0 steps."""
    agent = ScriptedAgent({TASKS[2]["question"]: TimeoutError("the weather API did not answer")})
    row = evals.run_task(agent, TASKS[2])
    assert row == {
        "id": "weather-oslo", "correct": False, "tools_ok": False, "steps": 0,
        "error": "TimeoutError: the weather API did not answer",
    }, (
        "When the agent raises, run_task should not raise: the row has correct and tools_ok "
        "False, steps 0, and error '<ExceptionName>: <message>'"
    )


def test_nonsense_is_a_crash():
    """An outcome without the three keys, or not a dict, counts as a crash."""
    agent = ScriptedAgent({"q1": {"answer": "Lisbon"}, "q2": None, "q3": {"answer": "Lisbon", "tool_calls": ["search"]}})
    first = evals.run_task(agent, TASKS[0] | {"question": "q1"})
    assert first["error"] == "KeyError: 'tool_calls'" and first["correct"] is False and first["steps"] == 0, (
        f"An outcome without 'tool_calls' should be a crash row with error \"KeyError: 'tool_calls'\"; got {first}"
    )
    second = evals.run_task(agent, TASKS[0] | {"question": "q2"})
    assert second["error"].startswith("TypeError: "), f"An outcome of None should be a crash row with a TypeError; got {second}"
    third = evals.run_task(agent, TASKS[0] | {"question": "q3"})
    assert (third["error"], third["correct"], third["tools_ok"]) == ("KeyError: 'steps'", False, False), (
        f"An outcome without 'steps' is a crash too, even if its answer is right: nothing of it counts; got {third}"
    )


def test_evaluate_a_right_agent():
    """Every task right: accuracy 1.0, tool accuracy 1.0, mean steps, no crashes."""
    agent = ScriptedAgent(RIGHT)
    report = evals.evaluate(agent, TASKS)
    assert agent.questions == [task["question"] for task in TASKS], (
        "evaluate should ask the agent each task's question once, in the order of the tasks"
    )
    assert [row["id"] for row in report["results"]] == ["capital-pt", "sum-prices", "weather-oslo", "trip-cost"], (
        "report['results'] should hold one row per task, in order"
    )
    assert (report["accuracy"], report["tool_accuracy"], report["crashes"]) == (1.0, 1.0, 0), (
        "An agent right on every task should have accuracy 1.0, tool_accuracy 1.0 and 0 crashes"
    )
    assert report["mean_steps"] == pytest.approx(3.25), "The mean of 2, 2, 3 and 6 steps is 3.25"


def test_evaluate_a_mixed_agent():
    """Right, wrong and crashing tasks: the shares count every task, mean steps only the finished ones."""
    agent = ScriptedAgent({
        "What is the capital of Portugal?": outcome("Lisbon", ["search"], 2),
        "What is 12.5 + 7.5?": outcome("21", ["calculator"], 3),
        "Do I need a coat in Oslo?": ConnectionError("no network"),
        "Two nights in Porto for two?": outcome("360 euros", ["calculator"], 4),
    })
    report = evals.evaluate(agent, TASKS)
    assert report["accuracy"] == pytest.approx(2 / 4), "Two of the four tasks are right: accuracy 0.5"
    assert report["tool_accuracy"] == pytest.approx(2 / 4), "Two of the four tasks used the right tools: tool_accuracy 0.5"
    assert report["mean_steps"] == pytest.approx(3.0), (
        "mean_steps is the mean over the tasks that did not crash: (2 + 3 + 4) / 3 = 3.0"
    )
    assert report["crashes"] == 1, "One task crashed"
    assert report["results"][2]["error"] == "ConnectionError: no network", "The crash should be in its task's row"
    assert report["results"][3]["steps"] == 4, "The tasks after a crash are still run"


def test_evaluate_a_crashing_agent():
    """An agent that always crashes: every share 0, mean steps 0.0."""
    agent = ScriptedAgent({task["question"]: RuntimeError("model server down") for task in TASKS})
    report = evals.evaluate(agent, TASKS)
    assert (report["accuracy"], report["tool_accuracy"], report["mean_steps"], report["crashes"]) == (0.0, 0.0, 0.0, 4), (
        "An agent that crashes on every task: accuracy 0.0, tool_accuracy 0.0, mean_steps 0.0 "
        "(no task finished), crashes 4"
    )


def test_evaluate_no_tasks():
    """No tasks: ValueError, not a division by zero."""
    with pytest.raises(ValueError, match="there are no tasks to evaluate"):
        evals.evaluate(ScriptedAgent({}), [])


def test_format_report():
    """One line per task (PASS, FAIL or CRASH), then the scores."""
    report = {
        "results": [
            {"id": "capital-pt", "correct": True, "tools_ok": True, "steps": 2, "error": None},
            {"id": "sum-prices", "correct": False, "tools_ok": True, "steps": 3, "error": None},
            {"id": "weather-oslo", "correct": False, "tools_ok": False, "steps": 0, "error": "TimeoutError: no answer"},
            {"id": "trip-cost", "correct": True, "tools_ok": False, "steps": 4, "error": None},
        ],
        "accuracy": 0.5,
        "tool_accuracy": 2 / 3,
        "mean_steps": 3.0,
        "crashes": 1,
    }
    expected = (
        "capital-pt: PASS, tools ok, 2 steps\n"
        "sum-prices: FAIL, tools ok, 3 steps\n"
        "weather-oslo: CRASH, TimeoutError: no answer\n"
        "trip-cost: PASS, tools wrong, 4 steps\n"
        "accuracy 50%, tool use 67%, mean steps 3.0, crashes 1"
    )
    assert evals.format_report(report) == expected, (
        "format_report should give one line per task ('<id>: PASS, tools ok, <n> steps', FAIL "
        "for a wrong answer, 'tools wrong' for wrong tools, '<id>: CRASH, <error>'), then "
        "'accuracy <%>, tool use <%>, mean steps <one decimal>, crashes <n>', joined by newlines"
    )
    report["mean_steps"] = 7 / 3
    assert evals.format_report(report).endswith("mean steps 2.3, crashes 1"), "mean steps has one decimal: 7/3 is 2.3"


def test_the_whole_harness():
    """evaluate then format_report on a mixed agent gives the report a person reads."""
    agent = ScriptedAgent(RIGHT | {"What is 12.5 + 7.5?": outcome("19", ["calculator"], 2), "Do I need a coat in Oslo?": KeyError("Oslo")})
    text = evals.format_report(evals.evaluate(agent, TASKS))
    assert text == (
        "capital-pt: PASS, tools ok, 2 steps\n"
        "sum-prices: FAIL, tools ok, 2 steps\n"
        "weather-oslo: CRASH, KeyError: 'Oslo'\n"
        "trip-cost: PASS, tools ok, 6 steps\n"
        "accuracy 50%, tool use 75%, mean steps 3.3, crashes 1"
    ), f"The whole report should read as in the instructions; it reads:\n{text}"
