"""Capstone 3, stage 2: retries with exponential backoff, and at most `limit` requests at once.

Below is a finished stage 1, with the new parameters of fetch_all already in place (and
not used yet): carry on from it."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

import pretend_sleep  # noqa: F401  keep: the checks reach their pretend sleep through this file

Sleep = Callable[[float], Awaitable[object]]


async def get_json(client: httpx.AsyncClient, url: str) -> Any:
    """GET url and return the JSON of the answer; an error status raises httpx.HTTPStatusError."""
    response = await client.get(url)
    response.raise_for_status()
    return response.json()


async def fetch_all(
    urls: list[str], *, timeout: float, limit: int, retries: int = 3, sleep: Sleep = asyncio.sleep
) -> list[Any]:
    """GET every URL, at most `limit` at the same time, each try allowed `timeout` seconds.

    Try again after a 503 or a connection problem, at most `retries` times, waiting
    `await sleep(0.1)`, then 0.2 s, 0.4 s, ... Return the JSON of each answer in the order of urls."""
    async with httpx.AsyncClient(timeout=timeout) as client:
        return await asyncio.gather(*(get_json(client, url) for url in urls))
