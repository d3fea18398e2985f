import asyncio

import fake_shop  # noqa: F401


async def fetch_prices(products, get_price, limit):
    gate = asyncio.Semaphore(limit)
    found = []
    for product in products:
        async with gate:
            found.append(await get_price(product))
    return found
