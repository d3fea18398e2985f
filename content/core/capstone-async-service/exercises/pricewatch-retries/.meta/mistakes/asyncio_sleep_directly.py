"""Capstone 3, stage 2: retries with exponential backoff, and at most `limit` requests at once."""

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
        except httpx.TransportError:  # refused, hung up or timed out: no answer at all
            if attempt == retries:
                raise
        await asyncio.sleep(delay)  # not the sleep it was given
        delay *= 2


async def fetch_all(
    urls: list[str], *, timeout: float, limit: int, retries: int = 3, sleep: Sleep = asyncio.sleep
) -> list[Any]:
    """GET every URL, at most `limit` at the same time, each try allowed `timeout` seconds.

    Return the JSON of each answer in the order of urls."""
    gate = asyncio.Semaphore(limit)  # one semaphore, shared by every request
    async with httpx.AsyncClient(timeout=timeout) as client:

        async def fetch(url: str) -> Any:
            async with gate:
                return await get_json(client, url, retries, sleep)

        return await asyncio.gather(*(fetch(url) for url in urls))
