"""Stage 3: every shop asked at once; a shop that is slow, fails, cannot be reached or sends
bad JSON is reported with the reason, and the others still count."""

import asyncio
import time

import pricewatch
import pytest
from upstreams import HANG_UP, Answer, closed_port_url


def described(error):
    """An error as a learner reads it: its type, and its message when it has one."""
    text = str(error).strip().rstrip(".")
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def offer(shop, price, product="kettle"):
    return {"shop": shop, "product": product, "price": price}


def compare(shops, timeout=1.0):
    """Run compare_prices; return (result, seconds)."""
    started = time.perf_counter()
    try:
        result = asyncio.run(pricewatch.compare_prices(shops, timeout))
    except NotImplementedError as error:
        pytest.fail(f"compare_prices is not written yet: it raises {described(error)}", pytrace=False)
    except Exception as error:
        pytest.fail(
            f"compare_prices raised {described(error)}. It should never raise because of a "
            f"shop: report the shop in \"failed\" and carry on with the others",
            pytrace=False,
        )
    return result, time.perf_counter() - started


def summary(prices, failed, cheapest):
    return {"prices": prices, "failed": failed, "cheapest": cheapest}


def test_every_shop_answers(shops):
    """Four shops that answer: their prices in order, the cheapest, all asked at once."""
    urls = {
        shop: shops.on(f"/{shop}/prices/kettle", Answer(200, offer(shop, price), delay=0.15))
        for shop, price in [("north", 24.5), ("east", 26), ("south", 22.75), ("west", 25.0)]
    }
    result, _ = compare(urls)
    assert result == summary({"north": 24.5, "east": 26, "south": 22.75, "west": 25.0}, {}, "south"), (
        "With four shops that all answer, compare_prices should return "
        "{'prices': {'north': 24.5, 'east': 26, 'south': 22.75, 'west': 25.0}, 'failed': {}, "
        "'cheapest': 'south'}: the prices as numbers, whole or not, and the name of the shop "
        "with the lowest price"
    )
    assert list(result["prices"]) == ["north", "east", "south", "west"], (
        "The prices should be in the order of the shops given"
    )
    assert shops.peak == 4, (
        f"The four shops should be asked at the same time, but at most {shops.peak} request(s) "
        "were in flight at once: start them all with asyncio.gather"
    )


def test_a_slow_shop_is_reported_as_timed_out(shops):
    """A shop slower than the timeout: "timed out", and the others still count."""
    urls = {
        "north": shops.on("/north/prices/kettle", Answer(200, offer("north", 24.5))),
        "slowpoke": shops.on("/slowpoke/prices/kettle", Answer(200, offer("slowpoke", 19.99), delay=0.9)),
        "east": shops.on("/east/prices/kettle", Answer(200, offer("east", 22.0))),
    }
    result, _ = compare(urls, timeout=0.3)
    assert result == summary({"north": 24.5, "east": 22.0}, {"slowpoke": "timed out"}, "east"), (
        "With timeout=0.3 and a shop that takes 0.9 s, compare_prices should report "
        "{'slowpoke': 'timed out'} in \"failed\" and keep the other two prices. Give the client "
        "timeout=timeout, and catch httpx.TimeoutException before httpx.TransportError (a "
        "timeout is a kind of TransportError)"
    )


def test_failing_shops_are_reported(shops):
    """An error status is "HTTP <status>"; a refused connection or a hang-up is "unreachable"."""
    urls = {
        "north": shops.on("/north/prices/kettle", Answer(200, offer("north", 24.5))),
        "busy": shops.on("/busy/prices/kettle", Answer(503, {"error": "busy"})),
        "oops": shops.on("/oops/prices/kettle", Answer(500, {"error": "oops"})),
        "nokettle": shops.on("/nokettle/prices/kettle", Answer(404, {"error": "not sold here"})),
        "gone": closed_port_url("/gone/prices/kettle"),
        "rude": shops.on("/rude/prices/kettle", HANG_UP),
    }
    result, _ = compare(urls)
    expected = {
        "busy": "HTTP 503",
        "oops": "HTTP 500",
        "nokettle": "HTTP 404",
        "gone": "unreachable",
        "rude": "unreachable",
    }
    assert result == summary({"north": 24.5}, expected, "north"), (
        f"compare_prices should report the failing shops in \"failed\", in the order given: "
        f"{expected} (an error status as \"HTTP <status>\", a refused connection or a hang-up "
        "as \"unreachable\"), and keep north's price"
    )
    for path in ["/busy/prices/kettle", "/oops/prices/kettle", "/rude/prices/kettle"]:
        assert shops.asked(path) == 1, f"Each shop should be asked once (no retries in this stage): {path}"


def test_bad_json_is_reported(shops):
    """Not JSON, not an object, no "price", or a price that is not a number: "bad JSON"."""
    urls = {
        "html": shops.on("/html/prices/kettle", Answer(200, b"<html>Under maintenance</html>")),
        "list": shops.on("/list/prices/kettle", Answer(200, [24.5])),
        "noprice": shops.on("/noprice/prices/kettle", Answer(200, {"shop": "noprice", "cost": 21.0})),
        "text": shops.on("/text/prices/kettle", Answer(200, offer("text", "cheap"))),
        "south": shops.on("/south/prices/kettle", Answer(200, offer("south", 23.75))),
    }
    result, _ = compare(urls)
    expected = {"html": "bad JSON", "list": "bad JSON", "noprice": "bad JSON", "text": "bad JSON"}
    assert result == summary({"south": 23.75}, expected, "south"), (
        f"Answers that are not JSON ('<html>...'), not a JSON object ([24.5]), without a "
        f"\"price\" ({{'cost': 21.0}}) or with a price that is not a number ('cheap') should "
        f"each be reported as \"bad JSON\": {expected}. Only south's price counts"
    )


def test_the_first_cheapest_shop_on_a_tie(shops):
    """Two shops with the same lowest price: the first of them in the order given."""
    urls = {
        shop: shops.on(f"/{shop}/prices/mug", Answer(200, offer(shop, price, "mug")))
        for shop, price in [("north", 6.5), ("west", 5.9), ("south", 7.2), ("east", 5.9)]
    }
    result, _ = compare(urls)
    assert result["cheapest"] == "west", (
        f"west and east both sell the mug at 5.9: the cheapest should be west, the first of them "
        f"in the order given, not {result['cheapest']!r}"
    )


def test_no_price_at_all(shops):
    """Every shop fails: no prices, and the cheapest is None."""
    urls = {
        "busy": shops.on("/busy/prices/kettle", Answer(503, {"error": "busy"})),
        "html": shops.on("/html/prices/kettle", Answer(200, b"<html></html>")),
    }
    result, _ = compare(urls)
    assert result == summary({}, {"busy": "HTTP 503", "html": "bad JSON"}, None), (
        "When every shop fails, compare_prices should return {'prices': {}, 'failed': {'busy': "
        "'HTTP 503', 'html': 'bad JSON'}, 'cheapest': None}"
    )


def test_no_shops():
    """No shops: nothing to compare."""
    result, _ = compare({})
    assert result == summary({}, {}, None), (
        "compare_prices({}, 1.0) should return {'prices': {}, 'failed': {}, 'cheapest': None}"
    )
