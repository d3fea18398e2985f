import asyncio
from typing import Any

import httpx


async def get_json(client: httpx.AsyncClient, url: str) -> Any:
    response = await client.get(url)
    response.raise_for_status()
    return response.json()


async def fetch_all(urls: list[str], timeout: float) -> list[Any]:
    async with httpx.AsyncClient() as client:  # httpx's own default: 5 seconds
        return await asyncio.gather(*(get_json(client, url) for url in urls))
