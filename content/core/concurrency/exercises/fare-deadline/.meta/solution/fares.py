import asyncio
from collections.abc import Awaitable, Callable

import fake_airlines  # noqa: F401  the pretend airlines: keep this line, the checks use them through your file


async def collect_fares(
    airlines: list[str], get_fare: Callable[[str], Awaitable[float]], seconds: float
) -> dict[str, float | str]:
    """Ask every airline for its fare at the same time; give each request `seconds` at most.

    Return {airline: result}, where result is the fare, "timed out", or
    "failed: <the error's message>".
    """
    # wait_for gives each request its own deadline; return_exceptions=True hands back an
    # error as a result instead of stopping everything at the first one.
    results = await asyncio.gather(
        *(asyncio.wait_for(get_fare(airline), seconds) for airline in airlines),
        return_exceptions=True,
    )
    fares: dict[str, float | str] = {}
    for airline, result in zip(airlines, results):
        if isinstance(result, TimeoutError):
            fares[airline] = "timed out"
        elif isinstance(result, Exception):
            fares[airline] = f"failed: {result}"
        else:
            fares[airline] = result
    return fares
