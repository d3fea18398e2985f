import asyncio

import fake_weather  # noqa: F401


async def forecast(cities, get_temperature):
    temperatures = await asyncio.gather(*(get_temperature(city) for city in cities))
    return dict(zip(cities, temperatures))


async def warmest(cities, get_temperature):
    temperatures = await forecast(cities, get_temperature)
    return max(temperatures, key=temperatures.get)
