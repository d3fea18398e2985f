"""Runnable examples that open the explorer on a view: named right, or an error with its line."""

from __future__ import annotations

from pathlib import Path

from pyascent.course.examples import explorer_views
from pyascent.web.markdown import render_markdown

LESSON = Path("lessons/01-bytecode.md")


def test_views_are_read_in_order_and_typos_are_pinned_to_their_line() -> None:
    body = (
        "Intro\n\n"
        "```python run explore=bytecode\nx = 1\n```\n\n"
        "```python\n```python run explore=nope\n```\n\n"  # inside a plain fence: only code
        "```python run explore=bytecod\ny = 2\n```\n\n"
        "```python explore=gc\nz = 3\n```\n\n"
        "```python run explore=gc\nz = 3\n```\n"
    )
    views, problems = explorer_views(LESSON, body, first_line=5)
    assert views == ["bytecode", "gc"]
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (15, "unknown explorer view 'bytecod'"),
        (19, "explore= is for runnable examples"),
    ]


def test_the_visualise_button_names_and_carries_its_view() -> None:
    html = render_markdown("```python run explore=gc\nimport gc\nprint(gc.get_count())\n```\n")
    assert 'data-explore="gc"' in html
    assert "Visualise example 1 (the garbage collector and reference counts)</button>" in html
    plain = render_markdown("```python run\nprint(1)\n```\n")
    assert "data-explore" not in plain and "Visualise example 1</button>" in plain
