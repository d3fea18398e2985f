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
    messages = [
        {"role": "system", "content": SYSTEM_PROMPT + ", ".join(tools)},
        {"role": "user", "content": task},
    ]
    for _ in range(max_steps - 1):
        reply = model(messages)
        messages.append({"role": "assistant", "content": reply})
        try:
            request = json.loads(reply)
        except json.JSONDecodeError:
            request = None
        if isinstance(request, dict) and "answer" in request:
            return str(request["answer"])
        if isinstance(request, dict) and "tool" in request:
            result = run_tool(tools, request["tool"], request.get("arguments", {}))
            messages.append({"role": "tool", "content": result})
        else:
            messages.append({"role": "user", "content": FORMAT_REMINDER})
    raise AgentError(f"no answer after {max_steps} steps")


def run_tool(tools: dict[str, Callable[..., Any]], name: str, arguments: Any) -> str:
    """One tool call's result as text; an unknown tool or a failure is text for the model too."""
    if name not in tools:
        return f"error: unknown tool {name!r}"
    try:
        return str(tools[name](**arguments))
    except Exception as error:
        return f"error: {type(error).__name__}: {error}"
