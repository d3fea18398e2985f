"""The checks play the model with scripted replies, and give the agent tools that write down
how they were called."""

import json

import pytest
from scripted_model import ScriptedModel

import agent

PROMPT = """You are an agent that solves the user's task with tools.
To call a tool, reply with JSON only: {"tool": "<name>", "arguments": {<arguments>}}
When you know the answer, reply with JSON only: {"answer": "<the answer>"}
Tools: """
REMINDER = 'error: reply with JSON only: {"tool": ..., "arguments": {...}} or {"answer": ...}'
TASK = "Do I need a coat in Oslo, and what is 20 euros in crowns?"


def call(tool, **arguments):
    return json.dumps({"tool": tool, "arguments": arguments})


def answer(text):
    return json.dumps({"answer": text})


class Tools:
    """get_weather and convert, which write down every call in self.calls."""

    def __init__(self):
        self.calls = []

    def get_weather(self, city):
        self.calls.append(("get_weather", {"city": city}))
        if city != "Oslo":
            raise LookupError(f"no forecast for {city}")
        return "Oslo: snow, -3 C"

    def convert(self, amount, to):
        self.calls.append(("convert", {"amount": amount, "to": to}))
        return round(amount * 11.5, 2)

    def as_dict(self):
        return {"get_weather": self.get_weather, "convert": self.convert}


def run(model, tools=None, task=TASK, **options):
    tools = Tools() if tools is None else tools
    try:
        result = agent.run_agent(model, tools.as_dict(), task, **options)
    except agent.AgentError as error:
        pytest.fail(f"run_agent raised AgentError ({error}), but the model gave its answer in time", pytrace=False)
    return result, tools


def start(task=TASK):
    return [
        {"role": "system", "content": PROMPT + "get_weather, convert"},
        {"role": "user", "content": task},
    ]


def test_an_answer_at_once():
    """A model that answers at once: one call with the system prompt and the task."""
    model = ScriptedModel(answer("Yes, take a coat."))
    result, tools = run(model)
    assert result == "Yes, take a coat.", "run_agent should return the text of the model's answer"
    assert len(model.calls) == 1, "The model answered at once: ask it only once"
    assert model.calls[0] == start(), (
        "The model should first see two messages: {'role': 'system', 'content': SYSTEM_PROMPT + "
        "'get_weather, convert'} (the tool names joined by ', ') and {'role': 'user', 'content': task}"
    )
    assert tools.calls == [], "The model asked for no tool, so no tool should run"


def test_one_tool_then_the_answer():
    """The model asks for a tool: it runs, and its result goes back to the model."""
    model = ScriptedModel(call("get_weather", city="Oslo"), answer("Yes: -3 C and snow."))
    result, tools = run(model, task="Do I need a coat in Oslo?")
    assert tools.calls == [("get_weather", {"city": "Oslo"})], (
        "The model asked for get_weather with city='Oslo': call tools['get_weather'](**arguments)"
    )
    assert len(model.calls) == 2, f"The model should be asked twice (tool, then answer), not {len(model.calls)} time(s)"
    assert model.calls[1][:2] == start("Do I need a coat in Oslo?"), (
        "At the second call the conversation should still start with the system prompt and the task"
    )
    assert model.calls[1][2:] == [
        {"role": "assistant", "content": call("get_weather", city="Oslo")},
        {"role": "tool", "content": "Oslo: snow, -3 C"},
    ], (
        "At the second call, after the first two messages, the model should see its own reply "
        "as an 'assistant' message, then the tool's result as a 'tool' message"
    )
    assert result == "Yes: -3 C and snow.", "run_agent should return the final answer"


def test_two_tools_in_order():
    """Two tool calls run in the order asked, each result fed back before the next call."""
    first, second = call("get_weather", city="Oslo"), call("convert", amount=20, to="NOK")
    model = ScriptedModel(first, second, answer("Take a coat; 20 EUR is 230.0 NOK."))
    result, tools = run(model)
    assert tools.calls == [("get_weather", {"city": "Oslo"}), ("convert", {"amount": 20, "to": "NOK"})], (
        f"The tools should run in the order the model asked: get_weather, then convert. They ran: {tools.calls}"
    )
    results = [message for message in model.calls[2] if message["role"] == "tool"]
    assert results == [{"role": "tool", "content": "Oslo: snow, -3 C"}, {"role": "tool", "content": "230.0"}], (
        "The third call should hold both results as 'tool' messages, in order. A result that "
        "is not text (the number 230.0) goes in as str(result): '230.0'"
    )
    assert model.calls[2][2:] == [
        {"role": "assistant", "content": first},
        {"role": "tool", "content": "Oslo: snow, -3 C"},
        {"role": "assistant", "content": second},
        {"role": "tool", "content": "230.0"},
    ], "After the first two messages, the third call should show each tool call followed by its result"
    assert result == "Take a coat; 20 EUR is 230.0 NOK."


def test_each_call_sees_the_whole_conversation():
    """The conversation only grows: each call sees everything the one before saw."""
    model = ScriptedModel(call("get_weather", city="Oslo"), call("convert", amount=1, to="NOK"), answer("done"))
    run(model)
    for before, after in zip(model.calls, model.calls[1:]):
        assert after[: len(before)] == before, (
            "Each call should get the whole conversation so far: keep one list of messages "
            "and append to it, never start a new one"
        )


def test_problems_of_a_tool_go_back_to_the_model():
    """An unknown tool, a tool that raises and bad arguments become 'error: ...' messages."""
    model = ScriptedModel(
        call("book_flight", to="Oslo"),
        call("get_weather", city="Rome"),
        call("get_weather", town="Oslo"),
        answer("Sorry, I could not find it."),
    )
    result, tools = run(model)
    results = [message["content"] for message in model.calls[-1] if message["role"] == "tool"]
    assert len(results) == 3, (
        "Each of the three tool calls should add one 'tool' message, even when it goes wrong"
    )
    assert results[0] == "error: unknown tool 'book_flight'", (
        f"For a tool that does not exist, the tool message should be \"error: unknown tool "
        f"'book_flight'\", not {results[0]!r}"
    )
    assert results[1] == "error: LookupError: no forecast for Rome", (
        f"get_weather raised LookupError('no forecast for Rome'): the tool message should be "
        f"'error: LookupError: no forecast for Rome', not {results[1]!r}"
    )
    assert results[2].startswith("error: TypeError: "), (
        f"get_weather(town='Oslo') raises TypeError (no such argument): the tool message "
        f"should start with 'error: TypeError: ', not {results[2]!r}"
    )
    assert result == "Sorry, I could not find it.", "After the errors, the model's answer should be returned"


def test_a_tool_without_arguments():
    """A tool call without "arguments" calls the tool with none."""
    seen = []

    def today():
        seen.append("today")
        return "Monday"

    model = ScriptedModel('{"tool": "today"}', answer("It is Monday."))
    result = agent.run_agent(model, {"today": today}, "What day is it?")
    assert seen == ["today"], 'A reply {"tool": "today"} without "arguments" should call today() with no arguments'
    assert model.calls[1][-1] == {"role": "tool", "content": "Monday"}, "The result 'Monday' should go back as a tool message"
    assert model.calls[0][0]["content"] == PROMPT + "today", "With one tool, the system prompt ends with its name"
    assert result == "It is Monday."


def test_replies_that_are_not_requests():
    """Text that is not a JSON object with "tool" or "answer" gets the format reminder."""
    model = ScriptedModel("Sure! Let me check the weather.", "[1, 2]", '{"thought": "hmm"}', answer("-3 C"))
    result, tools = run(model)
    assert model.calls[-1][2:] == [
        {"role": "assistant", "content": "Sure! Let me check the weather."},
        {"role": "user", "content": REMINDER},
        {"role": "assistant", "content": "[1, 2]"},
        {"role": "user", "content": REMINDER},
        {"role": "assistant", "content": '{"thought": "hmm"}'},
        {"role": "user", "content": REMINDER},
    ], (
        "Text that is not JSON, a JSON list, and an object with neither 'tool' nor 'answer' "
        "should each be kept as an 'assistant' message and followed by {'role': 'user', "
        "'content': FORMAT_REMINDER}: catch json.JSONDecodeError, and check the reply is a dict"
    )
    assert result == "-3 C", "After the reminders, the model's answer should be returned"
    assert tools.calls == [], "No tool was asked for"


def test_the_answer_wins():
    """A reply with both "answer" and "tool" is the final answer; the tool does not run."""
    model = ScriptedModel(json.dumps({"tool": "get_weather", "arguments": {"city": "Oslo"}, "answer": "Snow."}))
    result, tools = run(model)
    assert result == "Snow.", 'A reply with an "answer" key is final, even with a "tool" key too'
    assert tools.calls == [], "When the reply is the final answer, no tool should run"


def test_an_answer_that_is_not_text():
    """An answer that is a number comes back as text."""
    result, _ = run(ScriptedModel('{"answer": 230}'))
    assert result == "230", 'For {"answer": 230}, run_agent should return str(230), "230"'


def test_the_step_limit():
    """max_steps model calls without an answer: AgentError; the last tool still runs."""
    model = ScriptedModel(*[call("get_weather", city="Oslo")] * 3)
    tools = Tools()
    with pytest.raises(agent.AgentError) as raised:
        agent.run_agent(model, tools.as_dict(), TASK, max_steps=3)
    assert len(model.calls) == 3, f"With max_steps=3 the model should be asked 3 times, not {len(model.calls)}"
    assert len(tools.calls) == 3, "Each of the three steps asked for a tool: the tool should run 3 times"
    assert str(raised.value) == "no answer after 3 steps", (
        f"The AgentError should say 'no answer after 3 steps', not {str(raised.value)!r}"
    )


def test_the_default_step_limit():
    """Without max_steps, the agent gives up after 5 steps."""
    model = ScriptedModel(*[call("get_weather", city="Oslo")] * 5)
    with pytest.raises(agent.AgentError, match="no answer after 5 steps"):
        agent.run_agent(model, Tools().as_dict(), TASK)
    assert len(model.calls) == 5, f"By default the model should be asked at most 5 times, not {len(model.calls)}"


def test_an_answer_on_the_last_step():
    """An answer on the very last allowed step is still returned."""
    model = ScriptedModel(call("get_weather", city="Oslo"), answer("Snow."))
    result, _ = run(model, max_steps=2)
    assert result == "Snow.", "With max_steps=2, an answer at the second step should be returned, not refused"
