"""A pretend shop API for practising asyncio (no network needed). Do not change this file.

`await FakeShop().price(product)` waits the way a real request does (asyncio.sleep),
then returns the product's price. Like many real APIs, the shop allows only a few
requests at the same time (`max_at_once`): one more and it refuses with TooManyRequests,
the "429 Too Many Requests" of the web. `peak` is the most requests it served at once.

    >>> shop = FakeShop(max_at_once=2)
    >>> asyncio.run(shop.price("kettle"))
    24.5
"""

import asyncio

PRICES = {
    "kettle": 24.5,
    "toaster": 31.0,
    "teapot": 18.25,
    "mug": 6.5,
    "spoon": 2.75,
    "blender": 59.9,
    "scale": 15.0,
    "grater": 8.4,
    "whisk": 4.2,
}


class TooManyRequests(Exception):
    """The shop refused a request: too many were running at the same time."""


class FakeShop:
    def __init__(
        self, max_at_once: int = 3, delay: float = 0.05, prices: dict[str, float] | None = None
    ) -> None:
        self.max_at_once = max_at_once  # the shop refuses more requests than this at once
        self.delay = delay  # seconds each request takes
        self.prices = dict(PRICES if prices is None else prices)
        self.calls = 0  # requests so far (refused ones too)
        self.in_flight = 0  # requests being served right now
        self.peak = 0  # the most requests served at the same moment

    async def price(self, product: str) -> float:
        self.calls += 1
        if self.in_flight == self.max_at_once:
            raise TooManyRequests(
                f"429 Too Many Requests: a request for {product} came with "
                f"{self.in_flight} already running, and the shop serves at most "
                f"{self.max_at_once} at the same time"
            )
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(self.delay)  # waiting for the "network"
        finally:
            self.in_flight -= 1
        return self.prices[product]
