"""Crews of agents: a researcher and a writer in a row, or a manager who delegates and checks."""

import json
from collections.abc import Callable
from dataclasses import dataclass

Message = dict[str, str]
Model = Callable[[list[Message]], str]

RESEARCH_TASK = "Find the key facts about {topic}. Reply with one fact per line."
WRITING_TASK = "Write a short paragraph about {topic} for a newsletter, using only these facts:\n{facts}"
FORMAT_REMINDER = 'error: reply with JSON only: {"delegate": <worker>, "task": <text>} or {"final": <text>}'


class CrewError(RuntimeError):
    """The manager gave no final result within the round limit."""


@dataclass
class Agent:
    """A role: a name, the instructions that make the model play it, and the model."""

    name: str
    instructions: str
    model: Model

    def run(self, task: str) -> str:
        """One task, with a fresh conversation: the instructions and the task only."""
        return self.model([{"role": "system", "content": self.instructions}, {"role": "user", "content": task}])


def sequential_crew(researcher: Agent, writer: Agent, topic: str) -> str:
    """The researcher finds the facts, then the writer writes from them."""
    facts = researcher.run(RESEARCH_TASK.format(topic=topic))
    return writer.run(WRITING_TASK.format(topic=topic, facts=facts))


def hierarchical_crew(manager: Agent, workers: list[Agent], goal: str, max_rounds: int = 4) -> str:
    """The manager delegates tasks to the workers, reads their work, and gives the final result."""
    team = {worker.name: worker for worker in workers}
    messages = [
        {"role": "system", "content": f"{manager.instructions}\nWorkers: {', '.join(team)}"},
        {"role": "user", "content": goal},
    ]
    for _ in range(max_rounds):
        reply = manager.model(messages)
        messages.append({"role": "assistant", "content": reply})
        try:
            order = json.loads(reply)
        except json.JSONDecodeError:
            order = None
        if isinstance(order, dict) and "final" in order:
            return str(order["final"])
        if isinstance(order, dict) and "delegate" in order and "task" in order:
            name = order["delegate"]
            if name in team:
                report = f"{name} answered:\n{team[name].run(order['task'])}"
            else:
                report = f"error: there is no worker {name!r}; the workers are: {', '.join(team)}"
        else:
            report = FORMAT_REMINDER
        messages.append({"role": "user", "content": report})
    raise CrewError(f"no final result after {max_rounds} rounds")
