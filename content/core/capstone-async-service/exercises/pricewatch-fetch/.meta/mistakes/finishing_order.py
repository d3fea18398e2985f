import asyncio
from typing import Any

import httpx


async def fetch_all(urls: list[str], timeout: float) -> list[Any]:
    async with httpx.AsyncClient(timeout=timeout) as client:

        async def get_json(url: str) -> Any:
            response = await client.get(url)
            response.raise_for_status()
            return response.json()

        results = []
        for finished in asyncio.as_completed([get_json(url) for url in urls]):
            results.append(await finished)  # in the order the answers came
        return results
