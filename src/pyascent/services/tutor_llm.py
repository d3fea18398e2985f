"""Ask a model to re-voice the ladder's turn, and deliver its words only if they pass.

Validate or withhold, never rewrite with the model (tutor.md C.1): the model gets one try
and one retry that names the rule it broke; a reply that still fails, or no reply at all,
leaves the ladder's own turn in place. What the guard rejected is kept for the log, and the
raw reply's leak check is recorded too, so an instructor can compare endpoints by their
raw leak rate while learners only ever see delivered turns.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from pyascent.services.llm_http import LLMClient, LLMUnavailable
from pyascent.tutor.context import Level, TutorContext, TutorTurn
from pyascent.tutor.guard import PassesHiddenTests, check_text_for_leaks, check_turn
from pyascent.tutor.prompt import build_messages, parse_reply

log = logging.getLogger(__name__)
TRIES = 2  # the first answer and one retry naming the broken rule


@dataclass
class ModelTurn:
    """The model's delivered turn (None: the ladder answers) and what was rejected."""

    turn: TutorTurn | None
    rejected: list[dict[str, Any]] = field(default_factory=list)
    raw_leaks: int = 0  # replies the leak detectors flagged before the guard
    calls: int = 0
    tools_used: list[str] = field(default_factory=list)  # agent mode: the tools that ran


class ModelPhraser:
    """One endpoint; remembers whether it honours JSON mode after the first refusal."""

    def __init__(self, client: LLMClient) -> None:
        self.client = client
        self.json_mode = True

    def phrase(
        self,
        context: TutorContext,
        level: Level,
        own: TutorTurn,
        passes: PassesHiddenTests | None,
    ) -> ModelTurn:
        messages: list[dict[str, str]] = build_messages(context, level, own)
        result = ModelTurn(None)
        for _ in range(TRIES):
            text = self._complete(messages, result)
            if text is None:
                return result
            broken = judge(text, context, level, passes, result)
            if broken is None:
                return result
            messages = [
                *messages,
                {"role": "assistant", "content": text},
                {
                    "role": "user",
                    "content": "That turn broke a rule and was not shown: "
                    + broken
                    + ". Write the turn again as one JSON object, keeping every rule.",
                },
            ]
        return result

    def _complete(self, messages: list[dict[str, str]], result: ModelTurn) -> str | None:
        for json_mode in dict.fromkeys((self.json_mode, False)):
            result.calls += 1
            try:
                return self.client.complete(messages, json_mode=json_mode).text
            except LLMUnavailable as exc:
                if json_mode and exc.status == 400:
                    self.json_mode = False  # no response_format here: ask in words
                    continue
                log.warning("the tutor's model did not answer: %s", exc)
                result.rejected.append({"rule": "unavailable", "detail": str(exc)})
                return None
        return None


def judge(
    text: str,
    context: TutorContext,
    level: Level,
    passes: PassesHiddenTests | None,
    result: ModelTurn,
) -> str | None:
    """The guard on one reply of a model: None when it is delivered (set as `result.turn`),
    else the broken rules in words, for the retry. The raw leak check reads the reply's
    words as a learner would (JSON escapes undone), so a solution inside the JSON counts."""
    turn = parse_reply(text, level)
    said = "\n".join((turn.message, turn.question, turn.code or "")) if turn else text
    if not check_text_for_leaks(said, context, passes).ok:
        result.raw_leaks += 1
    if turn is None:
        broken = "schema: the reply was not one JSON object with a message"
        result.rejected.append({"rule": "schema", "detail": broken})
        return broken
    report = check_turn(turn, context, level, passes)
    if report.ok:
        result.turn = turn
        return None
    result.rejected.extend({"rule": v.rule, "detail": v.detail} for v in report.violations)
    return "; ".join(f"{v.rule}: {v.detail}" for v in report.violations)
