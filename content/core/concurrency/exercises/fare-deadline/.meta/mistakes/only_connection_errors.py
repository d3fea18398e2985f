import asyncio

import fake_airlines  # noqa: F401


async def collect_fares(airlines, get_fare, seconds):
    results = await asyncio.gather(
        *(asyncio.wait_for(get_fare(airline), seconds) for airline in airlines),
        return_exceptions=True,
    )
    fares = {}
    for airline, result in zip(airlines, results):
        if isinstance(result, TimeoutError):
            fares[airline] = "timed out"
        elif isinstance(result, ConnectionError):
            fares[airline] = f"failed: {result}"
        else:
            fares[airline] = result
    return fares
