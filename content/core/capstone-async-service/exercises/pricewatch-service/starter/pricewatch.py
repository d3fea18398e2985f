"""Capstone 3, stage 4: the price-watch service.

Below are the pieces of the earlier stages, finished: get_json of stage 2 (retries with
backoff), and ask_shop, summarise and compare_prices of stage 3 (a price or the reason
there is none, and the summary of one product).
Use them, change them, or start again: the checks only call price_report."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

import pretend_sleep  # noqa: F401  keep: the checks reach their pretend sleep through this file

Sleep = Callable[[float], Awaitable[object]]


async def get_json(client: httpx.AsyncClient, url: str, retries: int, sleep: Sleep) -> Any:
    """GET url and return its JSON. A 503 or a connection problem is tried again, at most
    `retries` times, after waiting 0.1 s, 0.2 s, 0.4 s, ...; another error status raises at once."""
    delay = 0.1
    for attempt in range(retries + 1):
        try:
            response = await client.get(url)
            if response.status_code != 503 or attempt == retries:
                response.raise_for_status()
                return response.json()
        except httpx.TransportError:
            if attempt == retries:
                raise
        await sleep(delay)
        delay *= 2


async def ask_shop(client: httpx.AsyncClient, url: str) -> float | str:
    """The shop's price, or why there is none: "timed out", "unreachable", "HTTP <status>"
    or "bad JSON". (Stage 3: one try only.)"""
    try:
        response = await client.get(url)
        response.raise_for_status()
        price = response.json()["price"]
    except httpx.TimeoutException:
        return "timed out"
    except httpx.TransportError:
        return "unreachable"
    except httpx.HTTPStatusError as error:
        return f"HTTP {error.response.status_code}"
    except (ValueError, KeyError, TypeError):
        return "bad JSON"
    if not isinstance(price, (int, float)):
        return "bad JSON"
    return price


def summarise(answers: dict[str, float | str]) -> dict[str, Any]:
    """Stage 3's summary, from each shop's answer (a price, or the reason there is none)."""
    prices = {shop: answer for shop, answer in answers.items() if not isinstance(answer, str)}
    failed = {shop: answer for shop, answer in answers.items() if isinstance(answer, str)}
    cheapest = min(prices, key=lambda shop: prices[shop], default=None)
    return {"prices": prices, "failed": failed, "cheapest": cheapest}


async def compare_prices(shops: dict[str, str], timeout: float) -> dict[str, Any]:
    """Stage 3: one product, each shop (name -> URL of its price) asked once."""
    async with httpx.AsyncClient(timeout=timeout) as client:
        answers = await asyncio.gather(*(ask_shop(client, url) for url in shops.values()))
    return summarise(dict(zip(shops, answers)))


async def price_report(
    products: list[str],
    shops: dict[str, str],
    *,
    timeout: float,
    limit: int,
    retries: int,
    deadline: float,
    sleep: Sleep = asyncio.sleep,
) -> dict[str, dict[str, Any]]:
    """Ask every shop (name -> base URL) for every product at <base URL>/prices/<product>.

    Return {product: {"prices": ..., "failed": ..., "cheapest": ...}} in the order of products.
    At most `limit` requests in flight for the whole report; retries as in stage 2; whatever
    is not answered `deadline` seconds after the start is reported as "timed out"."""
    raise NotImplementedError("price_report: put the stages together")
