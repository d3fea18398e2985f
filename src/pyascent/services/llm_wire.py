"""OpenAI's chat-completion format, read defensively.

Why its own module: "OpenAI-compatible" servers differ in the details (a null content
beside tool calls, arguments as an object instead of JSON text, no usage, streams that stop
without [DONE]). Reading the format is kept apart from sending requests, so each quirk is
handled in one place and the client only decides about retries and errors.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any


class BadReply(ValueError):
    """A body that is JSON but not a chat completion; the message says what is missing."""


@dataclass(frozen=True)
class ToolCall:
    """One tool call the model asked for; `arguments` is the JSON text it wrote."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class Completion:
    """What the model said, and what it cost."""

    text: str
    tool_calls: tuple[ToolCall, ...] = ()
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0


def read_completion(data: Mapping[str, Any], latency_ms: float) -> Completion:
    """The first choice of a chat completion body.

    Raises:
        BadReply: there is no choice, or the choice has no message.
    """
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise BadReply('answered without any "choices"')
    message = choices[0].get("message")
    if not isinstance(message, dict):
        raise BadReply('answered a choice without a "message"')
    content = message.get("content")
    usage = data.get("usage")
    if not isinstance(usage, dict):
        usage = {}
    return Completion(
        text=content if isinstance(content, str) else "",
        tool_calls=tool_calls(message.get("tool_calls")),
        prompt_tokens=_count(usage, "prompt_tokens"),
        completion_tokens=_count(usage, "completion_tokens"),
        latency_ms=latency_ms,
    )


def error_detail(data: Any) -> str:
    """The server's own error message, short and on one line, when it gave one."""
    error = data.get("error") if isinstance(data, dict) else None
    text = error.get("message") if isinstance(error, dict) else error
    if not isinstance(text, str) or not text.strip():
        return ""
    text = " ".join(text.split())
    return f': "{text[:200]}"'


def tool_calls(value: Any) -> tuple[ToolCall, ...]:
    """The well-formed calls of a message's "tool_calls"; arguments given as an object
    (some servers do) are turned back into JSON text."""
    if not isinstance(value, list):
        return ()
    calls = []
    for item in value:
        function = item.get("function") if isinstance(item, dict) else None
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            continue
        arguments = function.get("arguments", "")
        if not isinstance(arguments, str):
            arguments = json.dumps(arguments)
        calls.append(
            ToolCall(id=str(item.get("id", "")), name=function["name"], arguments=arguments)
        )
    return tuple(calls)


def _count(usage: Mapping[str, Any], key: str) -> int:
    value = usage.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def unfenced(text: str) -> str:
    """The text inside a ``` fence, or the text itself when it has none."""
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[-1].rsplit("```", 1)[0]
    return text


def stream_completes(lines: Iterator[str]) -> bool:
    """True when the SSE stream carries chunks and ends as OpenAI's does ([DONE] or a
    finish_reason); a stream cut short is not one the tutor can rely on."""
    chunks = 0
    for line in lines:
        if not line.startswith("data:"):
            continue
        payload = line[len("data:") :].strip()
        if payload == "[DONE]":
            return chunks > 0
        try:
            chunk = json.loads(payload)
        except json.JSONDecodeError:
            return False
        choices = chunk.get("choices") if isinstance(chunk, dict) else None
        if not isinstance(choices, list) or not choices:
            continue
        chunks += 1
        if isinstance(choices[0], dict) and choices[0].get("finish_reason"):
            return True
    return False
