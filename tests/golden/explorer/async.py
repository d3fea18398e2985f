import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    return await asyncio.gather(fetch(1), fetch(2))


print(asyncio.run(main()))
