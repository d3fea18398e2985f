import asyncio

import fake_weather  # noqa: F401


async def forecast(cities, get_temperature):
    temperatures = {}
    for city in cities:
        temperatures[city] = await get_temperature(city)
    return temperatures


def warmest(cities, get_temperature):
    temperatures = asyncio.run(forecast(cities, get_temperature))
    return max(temperatures, key=temperatures.get)
