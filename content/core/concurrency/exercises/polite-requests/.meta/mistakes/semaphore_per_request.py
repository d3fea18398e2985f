import asyncio

import fake_shop  # noqa: F401


async def fetch_prices(products, get_price, limit):
    async def fetch(product):
        async with asyncio.Semaphore(limit):
            return await get_price(product)

    return await asyncio.gather(*(fetch(product) for product in products))
