import asyncio
from collections.abc import Awaitable, Callable

import fake_weather  # noqa: F401  the pretend weather service: keep this line, the checks use it through your file


async def forecast(
    cities: list[str], get_temperature: Callable[[str], Awaitable[int]]
) -> dict[str, int]:
    """Ask get_temperature(city) for every city, all at the same time.

    Return a dict {city: temperature}.
    """
    # gather runs every request at once and returns the results in the order given.
    temperatures = await asyncio.gather(*(get_temperature(city) for city in cities))
    return dict(zip(cities, temperatures))


def warmest(cities: list[str], get_temperature: Callable[[str], Awaitable[int]]) -> str:
    """A plain function (not async): run forecast and return the warmest city."""
    temperatures = asyncio.run(forecast(cities, get_temperature))
    return max(temperatures, key=temperatures.get)
