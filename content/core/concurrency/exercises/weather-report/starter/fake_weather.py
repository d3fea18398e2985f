"""A pretend weather service for practising asyncio (no network needed). Do not change this file.

`await FakeWeather().temperature(city)` waits the way a real request does (with
asyncio.sleep, so other coroutines can run meanwhile), then returns the temperature
in degrees Celsius. It also counts how many requests are running at the same moment:
after a run, `peak` tells you whether your requests really overlapped.

    >>> service = FakeWeather(delay=0.1, temperatures={"Oslo": 4})
    >>> asyncio.run(service.temperature("Oslo"))
    4
"""

import asyncio

TEMPERATURES = {"Oslo": 4, "Lisbon": 19, "Cairo": 31, "Lima": 18, "Tokyo": 16, "Nairobi": 24}


class FakeWeather:
    def __init__(
        self,
        delay: float = 0.1,
        temperatures: dict[str, int] | None = None,
        delays: dict[str, float] | None = None,
    ) -> None:
        self.delay = delay  # seconds each request takes ...
        self.delays = dict(delays or {})  # ... unless this dict names another time for a city
        self.temperatures = dict(TEMPERATURES if temperatures is None else temperatures)
        self.calls = 0  # requests so far
        self.in_flight = 0  # requests running right now
        self.peak = 0  # the most requests that were running at the same moment

    async def temperature(self, city: str) -> int:
        self.calls += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(self.delays.get(city, self.delay))  # waiting for the "network"
        finally:
            self.in_flight -= 1
        if city not in self.temperatures:
            raise KeyError(f"no weather station in {city}")
        return self.temperatures[city]
