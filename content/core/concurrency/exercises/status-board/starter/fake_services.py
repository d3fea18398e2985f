"""Pretend services of a small company, for practising asyncio (no network). Do not change this file.

`await FakeServices().probe(name)` checks one service the way a real health check does:
it waits for the answer (asyncio.sleep) and returns None when the service is up. A
service that is down raises ConnectionError, and one that hangs never answers in time.
`peak` is the most checks that ran at the same moment.

    web       answers in 0.05 s        payments  answers in 0.08 s
    db        answers in 0.1 s         login     answers in 0.04 s
    cache     answers in 0.02 s        mail      is down: connection refused
    search    hangs (answers after 5 s)

The module-level `probe` is the one your program uses: `await probe("web")`.
"""

import asyncio

DELAYS = {
    "web": 0.05,
    "db": 0.1,
    "cache": 0.02,
    "search": 5.0,
    "payments": 0.08,
    "login": 0.04,
    "mail": 0.05,
}
ERRORS = {"mail": "connection refused"}


class FakeServices:
    def __init__(
        self, delays: dict[str, float] | None = None, errors: dict[str, str] | None = None
    ) -> None:
        self.delays = dict(DELAYS if delays is None else delays)  # seconds each check takes
        self.errors = dict(ERRORS if errors is None else errors)  # name -> ConnectionError message
        self.calls = 0  # checks so far
        self.in_flight = 0  # checks running right now
        self.peak = 0  # the most checks running at the same moment

    async def probe(self, name: str) -> None:
        if name not in self.delays:
            raise LookupError(f"no service called {name}")
        self.calls += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(self.delays[name])  # waiting for the service's answer
        finally:
            self.in_flight -= 1
        if name in self.errors:
            raise ConnectionError(self.errors[name])


probe = FakeServices().probe
