"""Crawl a site with a few fetches always in flight: asyncio, a queue and worker tasks."""

import asyncio

import fake_site  # the pretend site: the checks reach it through this line, keep it


async def crawl(fetch, start, workers):
    """Every page reachable from `start`, sorted. `await fetch(url)` gives a page's links.
    Each page is fetched once, and at most `workers` fetches run at the same time."""
    raise NotImplementedError("crawl is not written yet")


if __name__ == "__main__":
    site = fake_site.shop_site(sections=4, items=5)
    pages = asyncio.run(crawl(site.fetch, "/", 5))
    print(len(pages), "pages, at most", site.peak, "fetches at once")
