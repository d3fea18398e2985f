"""Stage 1: every URL asked at the same time with httpx, the answers' JSON in the order of the
URLs, a timeout for each request, an error status raised."""

import asyncio
import time

import httpx
import pricewatch
import pytest
from upstreams import Answer


def described(error):
    """An error as a learner reads it: its type, and its message when it has one."""
    text = str(error).strip().rstrip(".")
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def offer(shop, price, product="kettle"):
    return {"shop": shop, "product": product, "price": price}


def fetch(urls, timeout=1.0):
    """Run fetch_all; return (result, error, seconds)."""
    started = time.perf_counter()
    try:
        result, error = asyncio.run(pricewatch.fetch_all(urls, timeout)), None
    except Exception as caught:
        result, error = None, caught
    return result, error, time.perf_counter() - started


def no_error(error, what):
    if isinstance(error, NotImplementedError):
        pytest.fail(f"fetch_all is not written yet: it raises {described(error)}", pytrace=False)
    if error is not None:
        pytest.fail(f"{what} should work, but it raised {described(error)}", pytrace=False)


def test_answers_in_the_order_of_the_urls(shops):
    """The JSON of each answer, in the order of the URLs, even when a later one answers first."""
    urls = [
        shops.on("/north/prices/kettle", Answer(200, offer("north", 24.5), delay=0.15)),
        shops.on("/east/prices/kettle", Answer(200, offer("east", 22.0))),
        shops.on("/south/prices/kettle", Answer(200, offer("south", 23.75), delay=0.07)),
    ]
    result, error, _ = fetch(urls)
    no_error(error, "fetch_all of three shops")
    expected = [offer("north", 24.5), offer("east", 22.0), offer("south", 23.75)]
    assert result == expected, (
        "fetch_all should return the JSON of each answer, in the order of the URLs it was given "
        "(north, east, south), not in the order the answers came (east was quickest): "
        "asyncio.gather gives its results in the order of its arguments"
    )
    assert sorted(shops.requests) == sorted(u.removeprefix(shops.base) for u in urls), (
        f"fetch_all should GET each URL once; the shops got {shops.requests}"
    )


def test_any_json_comes_back_as_it_is(shops):
    """A list, a number or a dict: whatever JSON the API sends, decoded."""
    urls = [
        shops.on("/catalogue", Answer(200, ["kettle", "toaster", "mug"])),
        shops.on("/stock/kettle", Answer(200, 12)),
    ]
    result, error, _ = fetch(urls)
    no_error(error, "fetch_all of two URLs")
    assert result == [["kettle", "toaster", "mug"], 12], (
        "fetch_all should return each answer's JSON decoded with response.json(): "
        "[['kettle', 'toaster', 'mug'], 12]"
    )


def test_asks_every_shop_at_the_same_time(shops):
    """Eight shops that take 0.2 s each: all eight asked at once, about 0.2 s in all, not 1.6 s."""
    urls = [
        shops.on(f"/shop{n}/prices/kettle", Answer(200, offer(f"shop{n}", 20 + n), delay=0.2))
        for n in range(8)
    ]
    result, error, seconds = fetch(urls)
    no_error(error, "fetch_all of eight shops")
    assert result == [offer(f"shop{n}", 20 + n) for n in range(8)], (
        "fetch_all of eight shops should return their eight answers, in order"
    )
    assert shops.peak == 8 and seconds < 0.8, (
        f"Eight requests of 0.2 s each took {seconds:.2f} s, and the shops saw at most "
        f"{shops.peak} of them at the same moment. They should all run at the same time "
        "(8 at once, about 0.2 s in all; one after another takes 1.6 s). Make every request "
        "a coroutine and hand them all to asyncio.gather, instead of awaiting them one by one"
    )


def test_a_timeout_for_each_request(shops):
    """A shop that answers after 0.8 s with timeout=0.25: httpx.TimeoutException after 0.25 s."""
    urls = [
        shops.on("/north/prices/kettle", Answer(200, offer("north", 24.5))),
        shops.on("/slow/prices/kettle", Answer(200, offer("slow", 19.0), delay=0.8)),
    ]
    result, error, _ = fetch(urls, timeout=0.25)
    assert isinstance(error, httpx.TimeoutException), (
        "A shop that takes 0.8 s, with timeout=0.25, should make fetch_all raise "
        f"httpx.TimeoutException, but it {'returned ' + repr(result) if error is None else 'raised ' + type(error).__name__}. "
        "Make the client with httpx.AsyncClient(timeout=timeout): then every request gets "
        "that many seconds"
    )


def test_a_timeout_that_is_long_enough(shops):
    """Shops that answer within the timeout are waited for."""
    urls = [shops.on("/west/prices/kettle", Answer(200, offer("west", 21.5), delay=0.1))]
    result, error, _ = fetch(urls, timeout=0.5)
    no_error(error, "fetch_all with a shop that answers after 0.1 s and timeout=0.5")
    assert result == [offer("west", 21.5)], "A shop that answers in time should give its JSON"


@pytest.mark.parametrize("status", [404, 503])
def test_an_error_status_raises(shops, status):
    """An answer with an error status raises httpx.HTTPStatusError."""
    urls = [
        shops.on("/north/prices/kettle", Answer(200, offer("north", 24.5))),
        shops.on("/east/prices/kettle", Answer(status, {"error": "no price today"})),
    ]
    result, error, _ = fetch(urls)
    assert isinstance(error, httpx.HTTPStatusError), (
        f"A shop that answers {status} should make fetch_all raise httpx.HTTPStatusError, "
        f"but it {'returned ' + repr(result) if error is None else 'raised ' + type(error).__name__}: "
        "call response.raise_for_status() before response.json()"
    )
    assert str(status) in str(error), f"The HTTPStatusError should name the status {status}"


def test_no_urls():
    """No URLs: an empty list."""
    result, error, _ = fetch([])
    no_error(error, "fetch_all([], 1.0)")
    assert result == [], "fetch_all([], 1.0) should return []"
