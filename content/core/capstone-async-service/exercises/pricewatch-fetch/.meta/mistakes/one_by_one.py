import asyncio
from typing import Any

import httpx


async def fetch_all(urls: list[str], timeout: float) -> list[Any]:
    results = []
    async with httpx.AsyncClient(timeout=timeout) as client:
        for url in urls:  # each request waits for the one before it
            response = await client.get(url)
            response.raise_for_status()
            results.append(response.json())
    return results
