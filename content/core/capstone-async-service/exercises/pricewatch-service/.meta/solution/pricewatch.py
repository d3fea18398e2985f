"""Capstone 3, stage 4: the price-watch service. Every product at every shop, all at once
but at most `limit` requests in flight, retries with backoff, failures reported, and the
whole report ready within `deadline` seconds."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

import pretend_sleep  # noqa: F401  keep: the checks reach their pretend sleep through this file

Sleep = Callable[[float], Awaitable[object]]


async def get_json(client: httpx.AsyncClient, url: str, retries: int, sleep: Sleep) -> Any:
    """GET url and return its JSON, trying again after a 503 or a connection problem (stage 2)."""
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


async def ask_shop(client: httpx.AsyncClient, url: str, retries: int, sleep: Sleep) -> float | str:
    """The price at url, or why there is none (stage 3), after the retries."""
    try:
        price = (await get_json(client, url, retries, sleep))["price"]
    except httpx.TimeoutException:
        return "timed out"
    except httpx.TransportError:
        return "unreachable"
    except httpx.HTTPStatusError as error:
        return f"HTTP {error.response.status_code}"
    except (ValueError, KeyError, TypeError):
        return "bad JSON"
    return price if isinstance(price, (int, float)) else "bad JSON"


def summarise(answers: dict[str, float | str]) -> dict[str, Any]:
    """{"prices", "failed", "cheapest"} from each shop's answer, a price or a reason."""
    prices = {shop: answer for shop, answer in answers.items() if not isinstance(answer, str)}
    failed = {shop: answer for shop, answer in answers.items() if isinstance(answer, str)}
    cheapest = min(prices, key=lambda shop: prices[shop], default=None)  # the first on a tie
    return {"prices": prices, "failed": failed, "cheapest": cheapest}


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

    Return {product: summary} in the order of products. At most `limit` requests are in flight;
    whatever is not answered `deadline` seconds after the start is reported as "timed out"."""
    ends_at = asyncio.get_running_loop().time() + deadline  # one deadline for the whole report
    gate = asyncio.Semaphore(limit)
    async with httpx.AsyncClient(timeout=timeout) as client:

        async def ask(url: str) -> float | str:
            try:
                async with asyncio.timeout_at(ends_at):  # the wait for a place counts too
                    async with gate:
                        return await ask_shop(client, url, retries, sleep)
            except TimeoutError:
                return "timed out"

        async def one_product(product: str) -> dict[str, Any]:
            answers = await asyncio.gather(
                *(ask(f"{base}/prices/{product}") for base in shops.values())
            )
            return summarise(dict(zip(shops, answers)))

        summaries = await asyncio.gather(*(one_product(product) for product in products))
    return dict(zip(products, summaries))
