"""The runnable examples of a lesson that open in one of the explorer's views.

A fence written ```` ```python run explore=bytecode ```` is a runnable example whose
Visualise button opens the explorer on that view: the lesson on bytecode shows its own
example's instructions, the lesson on the garbage collector its counts. The view names
are checked here so a typo is an authoring error with its line, not a button that opens
the wrong thing. Pure: nothing here runs code.
"""

from __future__ import annotations

import re
from pathlib import Path

from pyascent.course.problems import Problem

# Each view the explorer page can open on, and what the learner sees there.
EXPLORER_VIEWS = {
    "steps": "the program step by step",
    "gc": "the garbage collector and reference counts",
    "instructions": "instruction by instruction, with the value stack",
    "threads": "the threads and the GIL",
    "tokens": "the tokens",
    "ast": "the syntax tree",
    "bytecode": "the bytecode",
    "legb": "where each name is found (LEGB)",
    "probes": "interpreter facts measured live",
}

_OPEN = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`]*?)[ \t]*$")


def explorer_view(info: str) -> str | None:
    """The view an example's fence asks for (`explore=NAME`), or None."""
    for word in info.split()[1:]:
        if word.startswith("explore="):
            return word.partition("=")[2]
    return None


def explorer_views(path: Path, body: str, first_line: int = 1) -> tuple[list[str], list[Problem]]:
    """The views a lesson's examples open, in order, and every misuse of `explore=`."""
    views: list[str] = []
    problems: list[Problem] = []
    fence: str | None = None
    for number, text in enumerate(body.splitlines(), start=first_line):
        opened = _OPEN.match(text)
        if opened is None:
            continue
        if fence is not None:
            if opened.group("fence")[0] == fence[0] and len(opened.group("fence")) >= len(fence):
                fence = None if not opened.group("info") else fence
            continue
        fence = opened.group("fence")
        info = opened.group("info")
        view = explorer_view(info)
        if view is None:
            continue
        words = info.split()
        if words[0] != "python" or "run" not in words[1:]:
            problems.append(
                Problem(
                    path,
                    number,
                    None,
                    "explore= is for runnable examples: ```python run explore=...",
                )
            )
        elif view not in EXPLORER_VIEWS:
            known = ", ".join(EXPLORER_VIEWS)
            problems.append(
                Problem(path, number, None, f"unknown explorer view {view!r}: use one of {known}")
            )
        else:
            views.append(view)
    return views, problems
