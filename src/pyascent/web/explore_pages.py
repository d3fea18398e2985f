"""The explorer page: a program, traced in the sandbox, stepped through in the browser.

Without script the page still works: the form posts the code, and the answer lists every
step's narration and the final state. With script (static/explorer.js) the embedded trace
is replayed step by step: frames, heap objects with arrows, output and the narration.
The trace is untrusted (the learner's code shared the tracer's process): it travels as JSON
inside a `<script type="application/json">` element, escaped by Jinja's `tojson`, and the
viewer only ever sets it as text.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from pyascent.services import EXPLORER_VIEWS, Exploration
from pyascent.web.deps import checked_code, rate_limited, service_of
from pyascent.web.pages import render

router = APIRouter(include_in_schema=False)  # pages, not API: /docs lists /api/v1 only

SAMPLE = """def average(scores):
    total = 0
    for score in scores:
        total += score
    return total / len(scores)


marks = [70, 85, 92]
print(average(marks))
"""


def input_lines(stdin: str | None) -> list[str]:
    return (stdin or "").splitlines()


@router.get("/explore", response_class=HTMLResponse)
def explore_page(request: Request) -> Response:
    return render(request, "explore.html", {"title": "Explorer", "code": SAMPLE, "stdin": ""})


@router.post("/explore", response_class=HTMLResponse)
async def explore_code(
    request: Request,
    code: str | None = Form(None),
    stdin: str | None = Form(None),
    gc: str | None = Form(None),
    instructions: str | None = Form(None),
    threads: str | None = Form(None),
    view: str | None = Form(None),
) -> Response:
    service = service_of(request)
    text = checked_code(request, code)
    rate_limited(request)
    found: Exploration = await asyncio.to_thread(service.explore, text, input_lines(stdin))
    views = await asyncio.to_thread(service.internals, text)
    trace = found.as_json()
    if gc:  # a second run, under the faithful tier only: the collector's own numbers
        profile = await asyncio.to_thread(service.gc_profile, text, input_lines(stdin))
        trace["gc"] = profile.as_json()
    stepped = None
    if instructions:  # one more run, stepping by instruction
        stepped = await asyncio.to_thread(service.bytecode_steps, text, input_lines(stdin))
    timeline = None
    if threads:  # one more run, timing which thread runs when
        timeline = await asyncio.to_thread(service.thread_timeline, text, input_lines(stdin))
    context = {
        "view": view if view in EXPLORER_VIEWS else None,  # the section a lesson opened it on
        "view_text": EXPLORER_VIEWS.get(view or ""),
        "timeline": timeline,
        "gc": bool(gc),
        "instructions": stepped,
        "internals": views,
        "title": "Explorer",
        "code": text,
        "stdin": stdin or "",
        "exploration": found,
        "trace": trace,
        "frames": found.final_frames(),
    }
    return render(request, "explore.html", context)
