import asyncio

import fake_airlines  # noqa: F401


async def collect_fares(airlines, get_fare, seconds):
    fares = {}
    for airline in airlines:
        try:
            fares[airline] = await asyncio.wait_for(get_fare(airline), seconds)
        except TimeoutError:
            fares[airline] = "timed out"
        except Exception as error:
            fares[airline] = f"failed: {error}"
    return fares
