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
    raise NotImplementedError("write own_part")


def parse_reply(reply: str) -> tuple[str | None, str]:
    """(None, answer) for a final answer, (tool name, tool input) for an action."""
    raise NotImplementedError("write parse_reply")


def react(model: Model, tools: dict[str, Callable[[str], Any]], question: str, max_steps: int = 6) -> str:
    """The model's final answer, after the actions it took on the way."""
    raise NotImplementedError("write react")
