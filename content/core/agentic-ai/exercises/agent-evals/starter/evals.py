"""An evaluation harness: run an agent on a fixed task set and score what it did."""

from collections.abc import Callable
from typing import Any

Agent = Callable[[str], dict[str, Any]]


def normalise(text: str) -> str:
    """Text as compared: white space collapsed, case folded, a full stop at the end dropped."""
    raise NotImplementedError("write normalise")


def run_task(agent: Agent, task: dict[str, Any]) -> dict[str, Any]:
    """One task's row: was the answer right, were the tools right, how many steps, what crashed."""
    raise NotImplementedError("write run_task")


def evaluate(agent: Agent, tasks: list[dict[str, Any]]) -> dict[str, Any]:
    """Every task's row, and the scores over the whole task set."""
    raise NotImplementedError("write evaluate")


def format_report(report: dict[str, Any]) -> str:
    """One line per task, then the scores."""
    raise NotImplementedError("write format_report")
