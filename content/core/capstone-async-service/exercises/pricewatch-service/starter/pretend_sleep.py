"""A pretend sleep, to try retries without waiting.

    >>> from pretend_sleep import PretendSleep
    >>> sleep = PretendSleep()
    >>> asyncio.run(fetch_all(urls, timeout=1.0, limit=3, sleep=sleep))
    >>> sleep.delays                    # what your code waited for, in seconds
    [0.1, 0.2]

It writes each delay down and returns at once. The checks use it through your
pricewatch.py (a check cannot hand your code an async function of its own), so keep
the line `import pretend_sleep` at the top of that file.
"""

import asyncio


class PretendSleep:
    """Called like asyncio.sleep: `await sleep(0.1)`. Keeps the delays in self.delays."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        await asyncio.sleep(0)  # let the other tasks run, as a real sleep would
