import asyncio

import fake_shop  # noqa: F401


async def fetch_prices(products, get_price, limit):
    return await asyncio.gather(*(get_price(product) for product in products))
