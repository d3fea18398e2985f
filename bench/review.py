"""Review figures (issue 15), as ratios against the roadmap measured in the same run.

Server-side render time (median of 50, in-process through ASGI, the built-in course) of
the review page with a card due, of the progress page, and of the roadmap; and the cards
of the built-in course.

Run: .venv/bin/python -m bench.review
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

import httpx

from bench.web import median_get
from pyascent.services import open_server
from pyascent.web import create_app


async def figures(folder: Path) -> None:
    flags = {"course": "builtin", "database": str(folder / "review.db"), "workers": 1}
    setup = open_server(flags, cwd=folder)
    service = setup.service
    app = create_app(setup.settings, service)
    cards = service.reviews.summary().total
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://a") as a:
        roadmap = await median_get(a, "/")
        review = await median_get(a, "/review")
        progress = await median_get(a, "/progress")
    service.close()
    print(f"flashcards in the built-in course: {cards}")
    print(f"roadmap: median {roadmap:.1f} ms (baseline)")
    print(f"review page: median {review:.1f} ms (ratio {review / roadmap:.2f} vs the roadmap)")
    print(f"progress page: median {progress:.1f} ms (ratio {progress / roadmap:.2f})")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(figures(Path(folder)))


if __name__ == "__main__":
    main()
