import asyncio

import fake_weather  # noqa: F401


async def forecast(cities, get_temperature):
    temperatures = await asyncio.gather(*(get_temperature(city) for city in cities))
    return dict(zip(cities, temperatures))


def warmest(cities, get_temperature):
    temperatures = asyncio.run(forecast(cities, get_temperature))
    return max(temperatures)
