"""Crawl a site with a few fetches always in flight: asyncio, a queue and worker tasks."""

import asyncio

import fake_site  # the pretend site: the checks reach it through this line, keep it


async def crawl(fetch, start, workers):
    """Every page reachable from `start`, sorted. `await fetch(url)` gives a page's links.
    Each page is fetched once, and at most `workers` fetches run at the same time."""
    seen = {start}  # every page ever put in the queue: none goes in twice
    queue = asyncio.Queue()
    queue.put_nowait(start)

    async def worker():
        while True:
            url = await queue.get()
            try:
                for link in await fetch(url):
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait(link)
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    await queue.join()  # every page put in the queue has been fetched and its links read
    for task in tasks:
        task.cancel()  # they wait for pages that never come; asyncio.run finishes them off
    return sorted(seen)
