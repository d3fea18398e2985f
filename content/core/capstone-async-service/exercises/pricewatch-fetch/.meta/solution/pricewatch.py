"""Capstone 3, stage 1: ask every shop's API at the same time, with httpx."""

import asyncio
from typing import Any

import httpx


async def get_json(client: httpx.AsyncClient, url: str) -> Any:
    """GET url and return the JSON of the answer; an error status raises httpx.HTTPStatusError."""
    response = await client.get(url)
    response.raise_for_status()
    return response.json()


async def fetch_all(urls: list[str], timeout: float) -> list[Any]:
    """GET every URL at the same time, each request allowed `timeout` seconds.

    Return the JSON of each answer in the order of urls, whichever came first."""
    async with httpx.AsyncClient(timeout=timeout) as client:  # one client, shared by all
        return await asyncio.gather(*(get_json(client, url) for url in urls))
