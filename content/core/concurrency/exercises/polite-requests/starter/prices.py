import asyncio

import fake_shop  # noqa: F401  the pretend shop: keep this line, the checks use it through your file


async def fetch_prices(products, get_price, limit):
    """Ask get_price(product) for every product, at most `limit` at the same time.

    Return the prices in the same order as `products`.
    """
    # Replace this line with your code.
    raise NotImplementedError("fetch_prices is not written yet")
