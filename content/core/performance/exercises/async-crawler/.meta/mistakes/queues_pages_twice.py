"""Crawl a site with a few fetches always in flight: asyncio, a queue and worker tasks."""

import asyncio

import fake_site  # the pretend site: the checks reach it through this line, keep it


async def crawl(fetch, start, workers):
    """Every page reachable from `start`, sorted. `await fetch(url)` gives a page's links.
    Each page is fetched once, and at most `workers` fetches run at the same time."""
    done = set()
    queue = asyncio.Queue()
    queue.put_nowait(start)

    async def worker():
        while True:
            url = await queue.get()
            try:
                if url not in done:  # checked when taken out, not when put in
                    links = await fetch(url)
                    done.add(url)
                    for link in links:
                        if link not in done:
                            queue.put_nowait(link)
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(worker()) for _ in range(workers)]
    await queue.join()
    for task in tasks:
        task.cancel()
    return sorted(done)
