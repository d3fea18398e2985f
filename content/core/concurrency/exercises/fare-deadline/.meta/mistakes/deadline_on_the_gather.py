import asyncio

import fake_airlines  # noqa: F401


async def collect_fares(airlines, get_fare, seconds):
    try:
        results = await asyncio.wait_for(
            asyncio.gather(*(get_fare(airline) for airline in airlines), return_exceptions=True),
            seconds,
        )
    except TimeoutError:
        return {airline: "timed out" for airline in airlines}
    fares = {}
    for airline, result in zip(airlines, results):
        if isinstance(result, Exception):
            fares[airline] = f"failed: {result}"
        else:
            fares[airline] = result
    return fares
