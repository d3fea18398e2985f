"""Pretend airline APIs for practising asyncio timeouts (no network needed). Do not change this file.

`await FakeAirlines().fare(airline)` waits the way a real request does (asyncio.sleep),
then returns the airline's fare. Some airlines are slow (`delays`), some fail: `errors`
maps an airline to a message, and its request raises ConnectionError(message); an airline
in `sold_out` raises ValueError("<airline> has no seats left"). `peak` is the most requests
that ran at the same moment, and `cancelled` lists the requests that were stopped
before they finished.

    >>> airlines = FakeAirlines(delays={"SlowJet": 1.0}, errors={"CloudAir": "server error 500"})
    >>> asyncio.run(airlines.fare("SkyHop"))
    129.0
"""

import asyncio

FARES = {"SkyHop": 129.0, "Nimbus": 99.5, "CloudAir": 142.0, "SlowJet": 87.0, "AeroLux": 310.0, "Breeze": 74.25}


class FakeAirlines:
    def __init__(
        self,
        delay: float = 0.05,
        delays: dict[str, float] | None = None,
        errors: dict[str, str] | None = None,
        sold_out: list[str] | None = None,
        fares: dict[str, float] | None = None,
    ) -> None:
        self.delay = delay  # seconds a request takes ...
        self.delays = dict(delays or {})  # ... unless this dict names another time for an airline
        self.errors = dict(errors or {})  # airline -> the message of its ConnectionError
        self.sold_out = set(sold_out or [])  # airlines whose request raises ValueError
        self.fares = dict(FARES if fares is None else fares)
        self.calls = 0  # requests so far
        self.in_flight = 0  # requests running right now
        self.peak = 0  # the most requests running at the same moment
        self.cancelled: list[str] = []  # requests stopped before they finished

    async def fare(self, airline: str) -> float:
        self.calls += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(self.delays.get(airline, self.delay))  # waiting for the "network"
        except asyncio.CancelledError:
            self.cancelled.append(airline)
            raise
        finally:
            self.in_flight -= 1
        if airline in self.errors:
            raise ConnectionError(self.errors[airline])
        if airline in self.sold_out:
            raise ValueError(f"{airline} has no seats left")
        return self.fares[airline]
