"""A pretend web site for the crawler: pages link to pages, and every fetch takes a while.

Do not change this file: the checks use their own copy.

    >>> site = FakeSite({"/": ["/a"], "/a": ["/"]}, delay=0.05)
    >>> asyncio.run(site.fetch("/"))
    ['/a']
"""

import asyncio


class FakeSite:
    """Pages and their links. `fetch` takes `delay` seconds, like a request over the network."""

    def __init__(self, links, delay=0.05):
        self.links = {page: list(targets) for page, targets in links.items()}
        self.delay = delay
        self.running = 0  # fetches going on right now
        self.peak = 0  # the most fetches that ever ran at the same time
        self.fetched = []  # every page asked for, in order
        self.twice = []  # pages asked for a second time (they get no links the second time)

    async def fetch(self, url):
        """The links of the page `url`, after `delay` seconds."""
        if url not in self.links:
            raise LookupError(f"the site has no page {url!r}")
        repeat = url in self.fetched
        if repeat:
            self.twice.append(url)
        self.fetched.append(url)
        self.running += 1
        self.peak = max(self.peak, self.running)
        try:
            await asyncio.sleep(self.delay)
        finally:
            self.running -= 1
        return [] if repeat else list(self.links[url])


def shop_site(sections, items, delay=0.05):
    """A shop: "/" links to `sections` section pages, each links to `items` item pages and
    back to "/" and to the next section; every item links back to its section."""
    links = {"/": [f"/s{s}" for s in range(sections)]}
    for s in range(sections):
        section = f"/s{s}"
        links[section] = [f"{section}/i{i}" for i in range(items)] + ["/", f"/s{(s + 1) % sections}"]
        for i in range(items):
            links[f"{section}/i{i}"] = [section]
    return FakeSite(links, delay)


def tasks_left_after(async_function, *args):
    """Run `await async_function(*args)` (for instance crawl) in a new event loop: (its result,
    how many other tasks are still not finished just after it returned)."""

    async def main():
        result = await async_function(*args)
        await asyncio.sleep(0)  # one turn of the loop: cancelled tasks finish now
        others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        return result, len([task for task in others if not task.done()])

    return asyncio.run(main())
