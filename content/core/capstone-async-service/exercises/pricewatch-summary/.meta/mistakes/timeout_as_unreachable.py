"""Capstone 3, stage 3: compare the shops' prices; a shop that fails is reported, not fatal."""

import asyncio
from typing import Any

import httpx


async def ask_shop(client: httpx.AsyncClient, url: str) -> float | str:
    """The shop's price, or why there is none: "timed out", "unreachable", "HTTP <status>"
    or "bad JSON"."""
    try:
        response = await client.get(url)
        response.raise_for_status()
        price = response.json()["price"]
    except httpx.TransportError:  # catches the timeouts too, before the next clause can
        return "unreachable"
    except httpx.TimeoutException:
        return "timed out"
    except httpx.HTTPStatusError as error:
        return f"HTTP {error.response.status_code}"
    except (ValueError, KeyError, TypeError):  # not JSON, not an object, no "price"
        return "bad JSON"
    if not isinstance(price, (int, float)):
        return "bad JSON"
    return price


async def compare_prices(shops: dict[str, str], timeout: float) -> dict[str, Any]:
    """Ask every shop (name -> URL of its price) at the same time, each for `timeout` seconds.

    Return {"prices": {shop: price}, "failed": {shop: reason}, "cheapest": shop or None},
    both dicts in the order of shops."""
    async with httpx.AsyncClient(timeout=timeout) as client:
        answers = await asyncio.gather(*(ask_shop(client, url) for url in shops.values()))
    prices = {shop: answer for shop, answer in zip(shops, answers) if not isinstance(answer, str)}
    failed = {shop: answer for shop, answer in zip(shops, answers) if isinstance(answer, str)}
    cheapest = min(prices, key=lambda shop: prices[shop], default=None)  # the first on a tie
    return {"prices": prices, "failed": failed, "cheapest": cheapest}
