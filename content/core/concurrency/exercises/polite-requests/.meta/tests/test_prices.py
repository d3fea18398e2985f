import asyncio
import time

import pytest

import prices

PRODUCTS = ["kettle", "toaster", "teapot", "mug", "spoon", "blender", "scale", "grater", "whisk"]
PRICES = [24.5, 31.0, 18.25, 6.5, 2.75, 59.9, 15.0, 8.4, 4.2]


def pretend_shop(**settings):
    """A FakeShop from the starter's fake_shop.py, made on the learner's side."""
    try:
        module = prices.fake_shop
    except AttributeError:
        pytest.fail(
            "Keep the line `import fake_shop` at the top of prices.py: "
            "the checks reach the pretend shop through it",
            pytrace=False,
        )
    return module.FakeShop(**settings)


def test_stays_within_the_limit_and_uses_it():
    """Nine products with limit 3: three requests at a time, never a fourth, prices in order."""
    shop = pretend_shop(max_at_once=3, delay=0.05)
    started = time.perf_counter()
    result = asyncio.run(prices.fetch_prices(PRODUCTS, shop.price, 3))
    seconds = time.perf_counter() - started
    assert result == PRICES, (
        f"fetch_prices should return the nine prices in the order of the products: {PRICES}"
    )
    assert shop.peak == 3, (
        f"With limit=3, at most {shop.peak} request(s) ran at the same moment: let exactly "
        "3 run together. Start every request with asyncio.gather, and let a shared "
        "asyncio.Semaphore(limit) hold back the rest"
    )
    assert seconds < 0.3, (
        f"Nine requests of 0.05 s, three at a time, took {seconds:.2f} s; they should take "
        "about 0.15 s (one after another: 0.45 s)"
    )


def test_limit_of_one_and_prices_in_order():
    """limit=1 sends one request at a time; the prices still come in the order of the products."""
    shop = pretend_shop(max_at_once=1, delay=0.01)
    result = asyncio.run(prices.fetch_prices(["mug", "kettle", "spoon"], shop.price, 1))
    assert result == [6.5, 24.5, 2.75], (
        "fetch_prices(['mug', 'kettle', 'spoon'], shop.price, 1) should return [6.5, 24.5, 2.75]"
    )
    assert shop.peak == 1, "With limit=1, only one request may run at a time"


def test_a_limit_above_the_number_of_products():
    """With a limit above the number of products, all of them run at once."""
    shop = pretend_shop(max_at_once=10, delay=0.02)
    result = asyncio.run(prices.fetch_prices(["whisk", "grater", "scale", "teapot"], shop.price, 10))
    assert result == [4.2, 8.4, 15.0, 18.25], "fetch_prices of four products should return their four prices, in order"
    assert shop.peak == 4, (
        f"With limit=10 and four products, all four requests should run at once, not {shop.peak}"
    )


def test_no_products():
    """No products: an empty list."""
    shop = pretend_shop()
    assert asyncio.run(prices.fetch_prices([], shop.price, 3)) == [], "fetch_prices([], ...) should return []"
