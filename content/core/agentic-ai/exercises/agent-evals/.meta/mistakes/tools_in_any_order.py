"""An evaluation harness: run an agent on a fixed task set and score what it did."""

from collections.abc import Callable
from typing import Any

Agent = Callable[[str], dict[str, Any]]


def normalise(text: str) -> str:
    """Text as compared: white space collapsed, case folded, a full stop at the end dropped."""
    return " ".join(text.split()).casefold().removesuffix(".")


def run_task(agent: Agent, task: dict[str, Any]) -> dict[str, Any]:
    """One task's row: was the answer right, were the tools right, how many steps, what crashed."""
    try:
        outcome = agent(task["question"])
        correct = normalise(str(outcome["answer"])) == normalise(task["expected"])
        row = {"correct": correct, "tools_ok": set(outcome["tool_calls"]) == set(task["tools"]), "steps": outcome["steps"]}
    except Exception as error:
        row = {"correct": False, "tools_ok": False, "steps": 0, "error": f"{type(error).__name__}: {error}"}
    return {"id": task["id"], "error": None} | row


def evaluate(agent: Agent, tasks: list[dict[str, Any]]) -> dict[str, Any]:
    """Every task's row, and the scores over the whole task set."""
    if not tasks:
        raise ValueError("there are no tasks to evaluate")
    results = [run_task(agent, task) for task in tasks]
    finished = [row["steps"] for row in results if row["error"] is None]
    return {
        "results": results,
        "accuracy": sum(row["correct"] for row in results) / len(results),
        "tool_accuracy": sum(row["tools_ok"] for row in results) / len(results),
        "mean_steps": sum(finished) / len(finished) if finished else 0.0,
        "crashes": len(results) - len(finished),
    }


def format_report(report: dict[str, Any]) -> str:
    """One line per task, then the scores."""
    lines = []
    for row in report["results"]:
        if row["error"] is not None:
            lines.append(f"{row['id']}: CRASH, {row['error']}")
        else:
            verdict = "PASS" if row["correct"] else "FAIL"
            tools = "ok" if row["tools_ok"] else "wrong"
            lines.append(f"{row['id']}: {verdict}, tools {tools}, {row['steps']} steps")
    lines.append(
        f"accuracy {report['accuracy']:.0%}, tool use {report['tool_accuracy']:.0%}, "
        f"mean steps {report['mean_steps']:.1f}, crashes {report['crashes']}"
    )
    return "\n".join(lines)
