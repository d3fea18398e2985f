"""A ReAct agent: the model thinks out loud, acts with a tool, reads the observation, repeats."""

import re
from collections.abc import Callable
from typing import Any

Message = dict[str, str]
Model = Callable[[list[Message]], str]

REACT_PROMPT = """Answer the user's question. Think step by step, in this format:
Thought: what you think about the question so far
Action: the name of one tool
Action Input: the text to give the tool
Then stop, and wait for the Observation: the tool's result.
When you know the answer, reply with:
Thought: I know the answer
Final Answer: the answer
Tools: """


class ReplyError(ValueError):
    """A reply that is neither an action nor a final answer."""


class AgentError(RuntimeError):
    """No final answer within the step limit."""


def own_part(reply: str) -> str:
    """The reply up to its first line that starts with 'Observation:', without space at the end."""
    return reply.rstrip()


def parse_reply(reply: str) -> tuple[str | None, str]:
    """(None, answer) for a final answer, (tool name, tool input) for an action."""
    text = own_part(reply)
    final = re.search(r"^Final Answer:(.*)", text, flags=re.MULTILINE | re.DOTALL)
    if final:
        return None, final.group(1).strip()
    action = re.search(r"^Action:(.*)$", text, flags=re.MULTILINE)
    if not action:
        raise ReplyError("the reply has no 'Action:' and no 'Final Answer:'")
    action_input = re.search(r"^Action Input:(.*)$", text, flags=re.MULTILINE)
    if not action_input:
        raise ReplyError("'Action:' needs an 'Action Input:' line")
    return action.group(1).strip(), action_input.group(1).strip()


def react(model: Model, tools: dict[str, Callable[[str], Any]], question: str, max_steps: int = 6) -> str:
    """The model's final answer, after the actions it took on the way."""
    messages = [
        {"role": "system", "content": REACT_PROMPT + ", ".join(tools)},
        {"role": "user", "content": question},
    ]
    for _ in range(max_steps):
        reply = model(messages)
        messages.append({"role": "assistant", "content": own_part(reply)})
        try:
            name, tool_input = parse_reply(reply)
        except ReplyError as error:
            observation = f"error: {error}"
        else:
            if name is None:
                return tool_input
            observation = observe(tools, name, tool_input)
        messages.append({"role": "user", "content": f"Observation: {observation}"})
    raise AgentError(f"no final answer after {max_steps} steps")


def observe(tools: dict[str, Callable[[str], Any]], name: str, tool_input: str) -> str:
    """What the tool gave, as text; an unknown tool or a failure is an observation too."""
    if name not in tools:
        return f"error: unknown tool {name!r}"
    try:
        return str(tools[name](tool_input))
    except Exception as error:
        return f"error: {type(error).__name__}: {error}"
