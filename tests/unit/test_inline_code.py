"""Tutor turns are shown with their `code` spans as code and everything else as text."""

from __future__ import annotations

from pyascent.web.markdown import inline_code


def test_code_spans_become_code_and_nothing_else_is_markup() -> None:
    shown = str(inline_code('Call `greet("Ada")` <script>alert(1)</script> then `a<b`'))
    assert (
        "<code>greet(&#34;Ada&#34;)</code>" in shown
        or "<code>greet(&quot;Ada&quot;)</code>" in shown
    )
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert "<code>a&lt;b</code>" in shown


def test_markdown_a_model_might_write_stays_text() -> None:
    shown = str(inline_code("# Heading\n[link](javascript:alert(1))\n```python run\nx\n```"))
    assert "<h1" not in shown and "<a " not in shown and "<pre" not in shown
    assert "<code>" not in shown, "an unclosed or multi-line fence is not a code span"
