"""The checks play a ReAct model with scripted replies, some of them sloppy, and give it
tools that write down how they were called."""

import pytest
from scripted_model import ScriptedModel

import react

PROMPT = """Answer the user's question. Think step by step, in this format:
Thought: what you think about the question so far
Action: the name of one tool
Action Input: the text to give the tool
Then stop, and wait for the Observation: the tool's result.
When you know the answer, reply with:
Thought: I know the answer
Final Answer: the answer
Tools: """
QUESTION = "How many people live in Lisbon and Porto together?"
NO_ACTION = "the reply has no 'Action:' and no 'Final Answer:'"
NO_INPUT = "'Action:' needs an 'Action Input:' line"
POPULATION = {"Lisbon": 545000, "Porto": 232000}


def parsed(reply):
    try:
        return react.parse_reply(reply)
    except react.ReplyError as error:
        pytest.fail(f"parse_reply({reply!r}) should read this reply, but it raised ReplyError: {error}", pytrace=False)


def refused(reply):
    with pytest.raises(react.ReplyError) as raised:
        react.parse_reply(reply)
    return str(raised.value)


class Tools:
    def __init__(self):
        self.calls = []

    def lookup(self, text):
        self.calls.append(("lookup", text))
        if text not in POPULATION:
            raise KeyError(text)
        return POPULATION[text]

    def add(self, text):
        self.calls.append(("add", text))
        left, right = text.split("+")
        return int(left) + int(right)

    def as_dict(self):
        return {"lookup": self.lookup, "add": self.add}


def start():
    return [
        {"role": "system", "content": PROMPT + "lookup, add"},
        {"role": "user", "content": QUESTION},
    ]


def act(thought, tool, text):
    return f"Thought: {thought}\nAction: {tool}\nAction Input: {text}"


def run(*replies, tools=None, **options):
    model = ScriptedModel(*replies)
    tools = Tools() if tools is None else tools
    try:
        answer = react.react(model, tools.as_dict(), QUESTION, **options)
    except react.AgentError as error:
        pytest.fail(f"react raised AgentError ({error}), but the model gave its final answer in time", pytrace=False)
    return answer, model, tools


def test_own_part():
    """own_part cuts the reply at its first line starting with 'Observation:'."""
    reply = "Thought: I need Lisbon.\nAction: lookup\nAction Input: Lisbon\n\nObservation: 9 people\nObservation: more"
    assert react.own_part(reply) == "Thought: I need Lisbon.\nAction: lookup\nAction Input: Lisbon", (
        "own_part should keep the reply up to the first line that starts with 'Observation:' "
        "(the model made that up) and strip the white space at the end"
    )
    assert react.own_part("Thought: fine.\nFinal Answer: 3  \n") == "Thought: fine.\nFinal Answer: 3", (
        "Without an Observation line, own_part is the whole reply without white space at the end"
    )
    assert react.own_part("Thought: the Observation: line comes later") == "Thought: the Observation: line comes later", (
        "Only a line that STARTS with 'Observation:' ends the model's part; the word inside a line does not"
    )
    assert react.own_part("Observation: all made up") == "", "A reply that starts with 'Observation:' has no own part: ''"


def test_parse_an_action():
    """An Action and its Action Input, each stripped."""
    assert parsed("Thought: I need the population.\nAction:  lookup \nAction Input:  Lisbon ") == ("lookup", "Lisbon"), (
        "parse_reply should return ('lookup', 'Lisbon'): the text after 'Action:' and after "
        "'Action Input:', stripped"
    )
    assert parsed("Action Input: 545000+232000\nAction: add") == ("add", "545000+232000"), (
        "The two lines may come in any order; there need not be a Thought"
    )


def test_parse_a_final_answer():
    """A Final Answer is everything after it, stripped, and wins over an action."""
    assert parsed("Thought: I know it.\nFinal Answer:  777000 people. ") == (None, "777000 people."), (
        "parse_reply should return (None, '777000 people.') for a final answer"
    )
    assert parsed("Thought: done.\nFinal Answer: Lisbon: 545000\nPorto: 232000\n") == (None, "Lisbon: 545000\nPorto: 232000"), (
        "A final answer goes on to the end of the reply, over several lines: use re.DOTALL"
    )
    assert parsed("Thought: x\nAction: lookup\nAction Input: Lisbon\nFinal Answer: 545000") == (None, "545000"), (
        "A reply with a Final Answer is final, even with an Action in it"
    )


def test_made_up_observations_are_ignored():
    """What comes after the model's own Observation line does not count."""
    reply = "Thought: I need Lisbon.\nAction: lookup\nAction Input: Lisbon\nObservation: 12\nThought: so\nFinal Answer: 12"
    assert parsed(reply) == ("lookup", "Lisbon"), (
        "The model wrote its own Observation and a Final Answer after it: ignore everything "
        "from the Observation line on, so this reply is the action lookup('Lisbon')"
    )
    assert refused("Thought: hmm\nObservation: x\nAction: lookup\nAction Input: Lisbon") == NO_ACTION, (
        "An Action after a made-up Observation line does not count either"
    )


def test_malformed_replies():
    """Replies that are not an action or a final answer raise ReplyError with a clear message."""
    for reply in ["I think the answer is 777000.", "Thought: let me see.", "action: lookup\naction input: Lisbon", "Final answer: 3"]:
        message = refused(reply)
        assert message == NO_ACTION, f"parse_reply({reply!r}) should raise ReplyError({NO_ACTION!r}), not {message!r}"
    message = refused("Thought: I need it.\nAction: lookup")
    assert message == NO_INPUT, f"An Action without Action Input should raise ReplyError({NO_INPUT!r}), not {message!r}"
    message = refused("  Action: lookup\n  Action Input: Lisbon")
    assert message == NO_ACTION, "The keywords must start their lines: indented ones do not count"


def test_a_whole_run():
    """Two lookups, an addition, then the final answer; the model sees every observation."""
    replies = [
        act("I need Lisbon's population.", "lookup", "Lisbon"),
        act("Now Porto.", "lookup", "Porto"),
        act("Now I add them.", "add", "545000+232000") + "\nObservation: 777000",
        "Thought: I know the answer\nFinal Answer: 777000 people",
    ]
    answer, model, tools = run(*replies)
    assert tools.calls == [("lookup", "Lisbon"), ("lookup", "Porto"), ("add", "545000+232000")], (
        f"The tools should run in the order the model asked: lookup Lisbon, lookup Porto, add. They ran: {tools.calls}"
    )
    assert model.calls[0] == start(), (
        "The model should first see {'role': 'system', 'content': REACT_PROMPT + 'lookup, add'} "
        "and {'role': 'user', 'content': question}"
    )
    assert model.calls[3][2:] == [
        {"role": "assistant", "content": replies[0]},
        {"role": "user", "content": "Observation: 545000"},
        {"role": "assistant", "content": replies[1]},
        {"role": "user", "content": "Observation: 232000"},
        {"role": "assistant", "content": act("Now I add them.", "add", "545000+232000")},
        {"role": "user", "content": "Observation: 777000"},
    ], (
        "After each action the model should see its own reply (as 'assistant', cut with "
        "own_part: never the Observation it made up) and then {'role': 'user', 'content': "
        "'Observation: <result>'}"
    )
    assert answer == "777000 people", "react should return the text of the final answer"
    assert len(model.calls) == 4, "After the final answer, the model should not be asked again"


def test_errors_become_observations():
    """An unknown tool, a failing tool and a malformed reply: 'Observation: error: ...'."""
    answer, model, tools = run(
        act("Search the web.", "search", "Lisbon population"),
        act("Look it up.", "lookup", "Lisboa"),
        "I will just guess.",
        "Thought: an action without input\nAction: lookup",
        "Thought: fine.\nFinal Answer: I do not know.",
    )
    observations = [m["content"] for m in model.calls[-1] if m["role"] == "user"][1:]
    assert observations == [
        "Observation: error: unknown tool 'search'",
        "Observation: error: KeyError: 'Lisboa'",
        f"Observation: error: {NO_ACTION}",
        f"Observation: error: {NO_INPUT}",
    ], (
        "Problems go back to the model as observations: \"error: unknown tool 'search'\", "
        "'error: <ExceptionName>: <message>' for a tool that raises, and 'error: ' with the "
        f"ReplyError's message for a malformed reply. The model saw: {observations}"
    )
    assert tools.calls == [("lookup", "Lisboa")], "Only the real tool should run, once"
    assert answer == "I do not know."


def test_the_step_limit():
    """max_steps replies without a final answer: AgentError; the default is 6."""
    model = ScriptedModel(*[act("Again.", "lookup", "Lisbon")] * 2)
    tools = Tools()
    with pytest.raises(react.AgentError) as raised:
        react.react(model, tools.as_dict(), QUESTION, max_steps=2)
    assert str(raised.value) == "no final answer after 2 steps", (
        f"The AgentError should say 'no final answer after 2 steps', not {str(raised.value)!r}"
    )
    assert len(model.calls) == 2 and len(tools.calls) == 2, "With max_steps=2: two replies, two actions run"
    model = ScriptedModel(*[act("Again.", "lookup", "Porto")] * 6)
    with pytest.raises(react.AgentError, match="after 6 steps"):
        react.react(model, Tools().as_dict(), QUESTION)
    assert len(model.calls) == 6, f"By default the model should be asked at most 6 times, not {len(model.calls)}"


def test_a_final_answer_on_the_last_step():
    """A final answer at the last allowed step is returned."""
    answer, model, _ = run(act("One.", "lookup", "Porto"), "Final Answer: 232000", max_steps=2)
    assert answer == "232000", "With max_steps=2, a final answer at the second step should be returned"
