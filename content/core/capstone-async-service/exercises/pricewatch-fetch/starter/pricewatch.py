"""Capstone 3, stage 1: ask every shop's API at the same time, with httpx."""

import asyncio
from typing import Any

import httpx


async def fetch_all(urls: list[str], timeout: float) -> list[Any]:
    """GET every URL at the same time, each request allowed `timeout` seconds.

    Return the JSON of each answer in the order of urls, whichever came first.
    An error status raises httpx.HTTPStatusError; a request that takes longer than
    `timeout` raises httpx.TimeoutException."""
    raise NotImplementedError("fetch_all: ask every URL at once with one httpx.AsyncClient")
