import asyncio

import fake_airlines  # noqa: F401


async def collect_fares(airlines, get_fare, seconds):
    results = await asyncio.gather(
        *(asyncio.wait_for(get_fare(airline), seconds) for airline in airlines)
    )
    return dict(zip(airlines, results))
