"""Lesson and instruction Markdown to HTML, with highlighted code and runnable examples.

A fence written ```python run``` becomes a runnable example: its code is shown highlighted
with a Run button beside it; the page sends it to the sandbox, never to this process. With
script the learner may also edit it in place, reset it, and open it in the explorer.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markupsafe import Markup
from mdit_py_plugins.admon import admon_plugin
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from pyascent.services import EXPLORER_VIEWS, explorer_view, heading_slug


def _highlight(code: str, language: str) -> str:
    try:
        lexer = get_lexer_by_name(language or "text")
    except ClassNotFound:
        lexer = get_lexer_by_name("text")
    return str(highlight(code, lexer, HtmlFormatter(nowrap=True)))


def _fence(self: RendererHTML, tokens: Any, idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    words = token.info.split()
    language = words[0] if words else ""
    code = token.content
    body = f'<pre class="code"><code class="language-{escape(language)}">{_highlight(code, language)}</code></pre>'
    if language == "python" and "run" in words[1:]:
        number = env.setdefault("examples", 0) + 1
        env["examples"] = number
        view = explorer_view(token.info)
        opens = ""
        if view in EXPLORER_VIEWS:
            opens = f' data-explore="{view}" title="Opens the explorer on {EXPLORER_VIEWS[view]}"'
        shown = f" ({EXPLORER_VIEWS[view]})" if view in EXPLORER_VIEWS and view != "steps" else ""
        return (
            f'<div class="example" data-example="{number}">{body}'
            f'<form class="run-form" hx-post="/examples/run" hx-target="#run-output-{number}" '
            f'hx-swap="innerHTML">'
            f'<label class="example-editor" hidden>Your version of example {number}'
            f'<textarea name="code" rows="8" spellcheck="false">{escape(code)}</textarea></label>'
            f'<button type="submit" class="run">Run example {number}</button> '
            f'<button type="button" class="edit-example" data-edit hidden>Edit example {number}'
            f'</button> <button type="button" data-reset hidden>Reset example {number}</button> '
            f'<button type="button" data-visualise{opens} hidden>Visualise example {number}'
            f"{escape(shown)}</button>"
            f"</form>"
            f'<div class="run-output" id="run-output-{number}" aria-live="polite"></div></div>'
        )
    return body


def _heading_open(self: RendererHTML, tokens: Any, idx: int, options: Any, env: Any) -> str:
    """Every heading gets the id the tutor's citations use (course/sections.py)."""
    token = tokens[idx]
    inline = tokens[idx + 1] if idx + 1 < len(tokens) else None
    if token.tag in ("h1", "h2", "h3") and inline is not None:
        slug = heading_slug(inline.content)
        seen = env.setdefault("slugs", {})
        seen[slug] = seen.get(slug, 0) + 1
        token.attrSet("id", slug if seen[slug] == 1 else f"{slug}-{seen[slug]}")
    return str(self.renderToken(tokens, idx, options, env))


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    md.use(admon_plugin)
    md.add_render_rule("fence", _fence)
    md.add_render_rule("heading_open", _heading_open)
    return md


def render_markdown(text: str) -> str:
    """Safe HTML: raw HTML in the source is escaped, not passed through."""
    return str(_parser().render(text, {}))


_INLINE_CODE = re.compile(r"`([^`\n]+)`")


def inline_code(text: str) -> Markup:
    """Untrusted text (a tutor turn, perhaps written by a model) with `code` spans shown as
    code and nothing else: everything is escaped first, so no heading, link, raw HTML or
    runnable example can be smuggled onto the page."""
    escaped = escape(text)
    # Safe: `escaped` has no markup left; only the <code> tags added here are HTML.
    return Markup(_INLINE_CODE.sub(lambda m: f"<code>{m.group(1)}</code>", escaped))  # noqa: S704


def pygments_css() -> str:
    return str(HtmlFormatter(style="default").get_style_defs(".code"))
