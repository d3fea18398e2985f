import asyncio
from typing import Any

import httpx


async def ask_shop(client: httpx.AsyncClient, url: str) -> float:
    response = await client.get(url)
    response.raise_for_status()
    return response.json()["price"]


async def compare_prices(shops: dict[str, str], timeout: float) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=timeout) as client:
        answers = await asyncio.gather(*(ask_shop(client, url) for url in shops.values()))
    prices = dict(zip(shops, answers))
    return {"prices": prices, "failed": {}, "cheapest": min(prices, key=lambda s: prices[s], default=None)}
