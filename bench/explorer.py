"""Explorer figures (issue 13), each as a ratio against a baseline run in the same process.

On the 10,000-line-event workload of the explorer report (bench/explorer_workload.txt, about
14,500 steps): steps per second, bytes per step and the tracer's peak memory (tracemalloc)
of our delta tracer, against Python Tutor's approach re-implemented with the same encoder:
a full snapshot of every frame and every reachable object at every step (our tracer with a
keyframe at each step). Then the time to the first step on the page for a 20,000-step
trace, in Debian's chromium, against the same page with no trace in it.

Run: .venv/bin/python -m bench.explorer
"""

from __future__ import annotations

import os
import threading
import time
import tracemalloc
from pathlib import Path

from pyascent.explore.inside import tracer

WORKLOAD = (Path(__file__).parent / "explorer_workload.txt").read_text()


def traced(keyframe: int, measure_memory: bool = False) -> tuple[int, float, int]:
    """(bytes, seconds, peak bytes allocated) of one traced run. tracemalloc slows every
    allocation, so memory is measured in a run of its own, never the timed one."""
    read, write = os.pipe()
    sizes: list[int] = []

    def drain() -> None:
        while block := os.read(read, 1 << 16):
            sizes.append(len(block))

    reader = threading.Thread(target=drain)
    reader.start()
    saved, tracer.KEYFRAME, tracer.MAX_STEPS = tracer.KEYFRAME, keyframe, 10**6
    tracer.MAX_TRACE = 10**9  # the baseline's full snapshots would end the run at 8 MB
    if measure_memory:
        tracemalloc.start()
    started = time.perf_counter()
    try:
        tracer.run(WORKLOAD, [], write)
    finally:
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] if measure_memory else 0
        if measure_memory:
            tracemalloc.stop()
        tracer.KEYFRAME, tracer.MAX_STEPS, tracer.MAX_TRACE = saved, 20_000, 8_000_000
        os.close(write)
        reader.join()
        os.close(read)
    return sum(sizes), seconds, peak


def count_steps() -> int:
    read, write = os.pipe()
    chunks: list[bytes] = []
    reader = threading.Thread(
        target=lambda: chunks.extend(iter(lambda: os.read(read, 1 << 16), b""))
    )
    reader.start()
    saved, tracer.MAX_STEPS = tracer.MAX_STEPS, 10**6
    try:
        tracer.run(WORKLOAD, [], write)
    finally:
        tracer.MAX_STEPS = saved
        os.close(write)
        reader.join()
        os.close(read)
    return b"".join(chunks).count(b'{"t":"s"')


def page_figures() -> None:
    """Time to the first step drawn, for a 20,000-step trace, in a real browser."""
    import tempfile

    from playwright.sync_api import sync_playwright

    from tests.conftest import running_server
    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS

    long_program = "n = 0\nwhile True:\n    n += 1\n"
    with running_server(Path(tempfile.mkdtemp())) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(server.url + "/explore")

        def first_step(code: str) -> float:
            page.goto(server.url + "/explore")
            page.fill("#explore-code", code)
            started = time.perf_counter()
            page.get_by_role("button", name="Visualise").click()
            page.wait_for_selector("[data-narration]:has-text('Step 1:')", timeout=120_000)
            return time.perf_counter() - started

        short = min(first_step("x = 1\n") for _ in range(3))
        long = min(first_step(long_program) for _ in range(3))
        steps = page.locator("[data-slider]").get_attribute("max")
        browser.close()
    print(f"page, 1-step trace: first step drawn after {short * 1000:.0f} ms (baseline)")
    print(
        f"page, {steps}-step trace: first step drawn after {long * 1000:.0f} ms "
        f"(ratio {long / short:.2f}; tracing in the sandbox included)"
    )


def main() -> None:
    steps = count_steps()
    ours_bytes, ours_s, _ = min(traced(tracer.KEYFRAME) for _ in range(3))
    full_bytes, full_s, _ = min(traced(1) for _ in range(3))
    ours_peak = traced(tracer.KEYFRAME, measure_memory=True)[2]
    full_peak = traced(1, measure_memory=True)[2]
    print(f"workload: {steps} steps (bench/explorer_workload.txt)")
    print(
        f"full snapshot per step (Python Tutor's approach): {steps / full_s:,.0f} steps/s, "
        f"{full_bytes / steps:,.0f} B/step, peak {full_peak / 1e6:.1f} MB (baseline)"
    )
    print(
        f"pyascent deltas: {steps / ours_s:,.0f} steps/s (ratio {full_s / ours_s:.2f}x faster), "
        f"{ours_bytes / steps:,.0f} B/step (ratio {ours_bytes / full_bytes:.3f}), "
        f"peak {ours_peak / 1e6:.1f} MB (ratio {ours_peak / full_peak:.2f})"
    )
    page_figures()


if __name__ == "__main__":
    main()
