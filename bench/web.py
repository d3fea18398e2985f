"""Web figures, as ratios against baselines measured in the same run.

1. Server-side render time of the roadmap and an exercise page (median of 50, in-process
   through ASGI), against a bare FastAPI route returning a constant page.
2. 50 submissions sent at once over HTTP to a real `pyascent serve`: every verdict right,
   p50 and p99 latency, and the ratio of p50 to a single submission on the idle server.

Run: .venv/bin/python -m bench.web
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import httpx
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from pyascent.services import open_server
from pyascent.web import create_app
from tests.conftest import running_server

RUNS = 50
RIGHT = "def add(a, b):\n    return a + b\n"
WRONG = "def add(a, b):\n    return a - b\n"


async def median_get(client: httpx.AsyncClient, path: str) -> float:
    await client.get(path)
    samples = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = await client.get(path)
        samples.append(time.perf_counter() - started)
        assert response.status_code == 200, (path, response.status_code)
    return statistics.median(samples) * 1000


async def render_figures(folder: Path) -> None:
    flags = {"course": "builtin", "database": str(folder / "render.db"), "workers": 1}
    setup = open_server(flags, cwd=folder)
    service = setup.service
    app = create_app(setup.settings, service)
    bare = FastAPI()

    @bare.get("/")
    def constant() -> HTMLResponse:
        return HTMLResponse("<!doctype html><title>x</title><p>hello</p>")

    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=bare), base_url="http://b") as b,
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://a") as a,
    ):
        base = await median_get(b, "/")
        roadmap = await median_get(a, "/")
        exercise = await median_get(a, "/exercises/trip-cost")
    service.close()
    print(f"render, median of {RUNS} (in-process ASGI):")
    print(f"  baseline: bare FastAPI constant page  {base:6.2f} ms (ratio 1.0)")
    print(f"  roadmap (66 exercises)                {roadmap:6.2f} ms (ratio {roadmap / base:.1f})")
    print(
        f"  exercise page                         {exercise:6.2f} ms (ratio {exercise / base:.1f})"
    )


async def post(client: httpx.AsyncClient, code: str) -> tuple[float, str]:
    started = time.perf_counter()
    reply = await client.post("/api/v1/exercises/adder/submissions", json={"code": code})
    elapsed = time.perf_counter() - started
    return elapsed, reply.json().get("status", f"http {reply.status_code}")


async def load_figures(folder: Path) -> None:
    with running_server(folder, "--rate-burst", "1000") as server:
        async with httpx.AsyncClient(base_url=server.url, timeout=120) as client:
            for _ in range(5):
                await post(client, RIGHT)
            single = statistics.median([(await post(client, RIGHT))[0] for _ in range(20)])
            codes = [RIGHT if i % 2 == 0 else WRONG for i in range(50)]
            results = await asyncio.gather(*(post(client, code) for code in codes))
    expected = ["passed" if i % 2 == 0 else "failed" for i in range(50)]
    right = sum(status == want for (_, status), want in zip(results, expected, strict=True))
    latencies = sorted(elapsed for elapsed, _ in results)
    p50 = latencies[len(latencies) // 2] * 1000
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    print("50 submissions at once over HTTP to a real server (2 workers):")
    print(f"  verdicts right: {right}/50")
    print(f"  baseline: one submission on an idle server  {single * 1000:7.1f} ms (ratio 1.0)")
    print(f"  p50 {p50:7.1f} ms (ratio {p50 / (single * 1000):.1f}), p99 {p99:7.1f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(render_figures(Path(folder)))
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(load_figures(Path(folder)))


if __name__ == "__main__":
    main()
