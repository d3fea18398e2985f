"""The agent loop: ask the model, run the tools it asks for, feed the results back."""

import json
from collections.abc import Callable
from typing import Any

Message = dict[str, str]
Model = Callable[[list[Message]], str]

SYSTEM_PROMPT = """You are an agent that solves the user's task with tools.
To call a tool, reply with JSON only: {"tool": "<name>", "arguments": {<arguments>}}
When you know the answer, reply with JSON only: {"answer": "<the answer>"}
Tools: """

FORMAT_REMINDER = 'error: reply with JSON only: {"tool": ..., "arguments": {...}} or {"answer": ...}'


class AgentError(RuntimeError):
    """The agent gave up: no answer within the step limit."""


def run_agent(model: Model, tools: dict[str, Callable[..., Any]], task: str, max_steps: int = 5) -> str:
    """The model's answer to the task, after running the tools it asked for on the way."""
    # Step 1: the first two messages: the system prompt (with the tool names) and the task.
    # Step 2: at most max_steps times: ask the model, keep its reply, act on it.
    # Step 3: no answer in time: raise AgentError.
    raise NotImplementedError("write run_agent")
