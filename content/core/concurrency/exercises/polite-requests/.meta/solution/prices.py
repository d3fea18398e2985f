import asyncio
from collections.abc import Awaitable, Callable

import fake_shop  # noqa: F401  the pretend shop: keep this line, the checks use it through your file


async def fetch_prices(
    products: list[str], get_price: Callable[[str], Awaitable[float]], limit: int
) -> list[float]:
    """Ask get_price(product) for every product, at most `limit` at the same time.

    Return the prices in the same order as `products`.
    """
    gate = asyncio.Semaphore(limit)  # one semaphore, shared by every request

    async def fetch(product: str) -> float:
        async with gate:  # waits here while `limit` requests are already running
            return await get_price(product)

    return await asyncio.gather(*(fetch(product) for product in products))
