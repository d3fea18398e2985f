"""Stage 2: retries with exponential backoff on 503 and connection problems (through an
injected async sleep), no retry for other statuses, at most `limit` requests at once."""

import asyncio
import time

import httpx
import pricewatch
import pytest
from upstreams import HANG_UP, Answer, closed_port_url


def described(error):
    """An error as a learner reads it: its type, and its message when it has one."""
    text = str(error).strip().rstrip(".")
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


BUSY = Answer(503, {"error": "busy, try again later"})


def offer(shop, price, product="kettle"):
    return {"shop": shop, "product": product, "price": price}


def pretend_sleep():
    """A PretendSleep of the starter's pretend_sleep.py, made on the learner's side."""
    try:
        module = pricewatch.pretend_sleep
    except AttributeError:
        pytest.fail(
            "Keep the line `import pretend_sleep` at the top of pricewatch.py: the checks "
            "reach their pretend sleep through it",
            pytrace=False,
        )
    return module.PretendSleep()


def fetch(urls, **options):
    """Run fetch_all; return (result, error, seconds)."""
    options.setdefault("timeout", 1.0)
    options.setdefault("limit", 10)
    started = time.perf_counter()
    try:
        result, error = asyncio.run(pricewatch.fetch_all(urls, **options)), None
    except Exception as caught:
        result, error = None, caught
    return result, error, time.perf_counter() - started


def no_error(error, what):
    if isinstance(error, NotImplementedError):
        pytest.fail(f"fetch_all is not written yet: it raises {described(error)}", pytrace=False)
    if error is not None:
        pytest.fail(f"{what} should work, but it raised {described(error)}", pytrace=False)


def raised(error, result, kind, what):
    """Fail unless error is an instance of kind."""
    if not isinstance(error, kind):
        got = f"returned {result!r}" if error is None else f"raised {described(error)}"
        pytest.fail(f"{what} should raise {kind.__module__}.{kind.__name__}, but it {got}", pytrace=False)


def delays_text(delays):
    return "[" + ", ".join(f"{d:g}" for d in delays) + "]"


def check_delays(sleep, expected, what):
    assert sleep.delays == pytest.approx(expected), (
        f"{what}, fetch_all should wait {delays_text(expected)} seconds before the tries after "
        f"the first (0.1 s, then twice as long each time), with `await sleep(seconds)` of the "
        f"sleep it was given. It waited {delays_text(sleep.delays)}"
    )


def test_tries_again_after_503(shops):
    """Two 503 answers, then the price: three requests, waiting 0.1 s and then 0.2 s."""
    url = shops.on("/north/prices/kettle", BUSY, BUSY, Answer(200, offer("north", 24.5)))
    sleep = pretend_sleep()
    result, error, _ = fetch([url], retries=3, sleep=sleep)
    assert shops.asked("/north/prices/kettle") == 3, (
        f"The shop answered 503 twice, then the price: fetch_all should ask three times, but it "
        f"asked {shops.asked('/north/prices/kettle')} time(s). 503 means \"busy, try again later\""
    )
    no_error(error, "fetch_all after two 503 answers")
    assert result == [offer("north", 24.5)], "After the retries, fetch_all should return the price's JSON"
    check_delays(sleep, [0.1, 0.2], "After two 503 answers")


def test_gives_up_after_the_retries(shops):
    """Always 503: retries=3 means four tries in all, then httpx.HTTPStatusError."""
    url = shops.on("/north/prices/kettle", BUSY)
    sleep = pretend_sleep()
    result, error, _ = fetch([url], retries=3, sleep=sleep)
    assert shops.asked("/north/prices/kettle") == 4, (
        f"With retries=3, fetch_all should try four times in all (the first try and three "
        f"retries), then give up; it tried {shops.asked('/north/prices/kettle')} time(s)"
    )
    raised(error, result, httpx.HTTPStatusError, "A shop that answers 503 to every try")
    assert "503" in str(error), "After the last try, the HTTPStatusError should be the 503's"
    check_delays(sleep, [0.1, 0.2, 0.4], "With four tries")


def test_no_retries_and_the_default(shops):
    """retries=0 tries once and never waits; without retries=..., three retries."""
    url = shops.on("/north/prices/kettle", BUSY)
    sleep = pretend_sleep()
    result, error, _ = fetch([url], retries=0, sleep=sleep)
    raised(error, result, httpx.HTTPStatusError, "fetch_all with retries=0 and a 503")
    assert shops.asked("/north/prices/kettle") == 1, "With retries=0, fetch_all should try once"
    assert sleep.delays == [], "With retries=0 there is nothing to wait for: do not call sleep"
    shops.requests.clear()
    fetch([url], sleep=pretend_sleep())
    assert shops.asked("/north/prices/kettle") == 4, (
        f"fetch_all(urls, timeout=..., limit=..., sleep=...) should have retries=3 by default: "
        f"four tries, not {shops.asked('/north/prices/kettle')}"
    )


def test_the_default_sleep_really_waits(shops):
    """Without a sleep of the tests, fetch_all waits with asyncio.sleep."""
    url = shops.on("/east/prices/kettle", BUSY, Answer(200, offer("east", 22.0)))
    result, error, seconds = fetch([url], retries=1)
    no_error(error, "fetch_all after one 503 answer")
    assert result == [offer("east", 22.0)], "After one 503 answer, fetch_all should return the price's JSON"
    assert seconds >= 0.09, (
        f"fetch_all without sleep=... should wait 0.1 s with asyncio.sleep before trying again, "
        f"but it took only {seconds:.3f} s: make sleep=asyncio.sleep the default"
    )


@pytest.mark.parametrize("status", [400, 404, 500])
def test_no_retry_for_other_statuses(shops, status):
    """400, 404 and 500 are answers, not hiccups: one try, no waiting, HTTPStatusError."""
    url = shops.on("/north/prices/kettle", Answer(status, {"error": "no"}))
    sleep = pretend_sleep()
    result, error, _ = fetch([url], retries=3, sleep=sleep)
    assert shops.asked("/north/prices/kettle") == 1, (
        f"A {status} answer should be asked for once: only 503 and connection problems are worth "
        f"another try (asking again gets the same answer). fetch_all asked "
        f"{shops.asked('/north/prices/kettle')} times"
    )
    raised(error, result, httpx.HTTPStatusError, f"A shop that answers {status}")
    assert str(status) in str(error), f"The HTTPStatusError should be the {status}'s"
    assert sleep.delays == [], f"After a {status} answer fetch_all should not wait"


def test_tries_again_when_the_shop_hangs_up(shops):
    """A shop that closes the connection without answering is tried again."""
    url = shops.on("/south/prices/kettle", HANG_UP, HANG_UP, Answer(200, offer("south", 23.75)))
    sleep = pretend_sleep()
    result, error, _ = fetch([url], retries=3, sleep=sleep)
    if error is not None:
        pytest.fail(
            f"When the shop hangs up without answering, fetch_all should try again, but it raised "
            f"{described(error)}. Catch httpx.TransportError, the family of "
            "connection problems (refused, hung up, timed out)",
            pytrace=False,
        )
    assert shops.asked("/south/prices/kettle") == 3, "After two hang-ups, fetch_all should ask three times"
    assert result == [offer("south", 23.75)], "At the third try, fetch_all should return the price's JSON"
    check_delays(sleep, [0.1, 0.2], "After two hang-ups")


def test_no_shop_at_all():
    """Nothing listens at the URL: after the retries, the connection error itself."""
    sleep = pretend_sleep()
    result, error, _ = fetch([closed_port_url("/west/prices/kettle")], retries=2, sleep=sleep)
    raised(error, result, httpx.ConnectError, "fetch_all with no shop listening, after its retries,")
    check_delays(sleep, [0.1, 0.2], "With retries=2 and no shop listening")


def test_a_timeout_is_tried_again(shops):
    """A first try that times out, a second that answers in time: the price."""
    url = shops.on("/east/prices/kettle", Answer(200, offer("east", 22.0), delay=0.8), Answer(200, offer("east", 22.0)))
    sleep = pretend_sleep()
    result, error, _ = fetch([url], timeout=0.3, retries=3, sleep=sleep)
    no_error(error, "fetch_all after a first try that timed out")
    assert result == [offer("east", 22.0)] and shops.asked("/east/prices/kettle") == 2, (
        "With timeout=0.3, a first try that takes 0.8 s should time out and be tried again: "
        "make the client with httpx.AsyncClient(timeout=timeout), and retry httpx.TransportError"
    )
    check_delays(sleep, [0.1], "After one timeout")


def test_at_most_limit_requests_at_once(shops):
    """Six shops with limit=3: three requests at a time, never a fourth, answers in order."""
    urls = [
        shops.on(f"/shop{n}/prices/kettle", Answer(200, offer(f"shop{n}", 20 + n), delay=0.1 + 0.02 * (5 - n)))
        for n in range(6)
    ]
    result, error, _ = fetch(urls, limit=3, sleep=pretend_sleep())
    no_error(error, "fetch_all of six shops with limit=3")
    assert result == [offer(f"shop{n}", 20 + n) for n in range(6)], (
        "fetch_all should return the six answers in the order of the URLs"
    )
    assert shops.peak == 3, (
        f"With limit=3, the shops saw {shops.peak} request(s) at the same moment: let exactly 3 "
        "run together. Start every request with asyncio.gather, and let one shared "
        "asyncio.Semaphore(limit) hold back the rest"
    )


def test_a_limit_above_the_number_of_urls(shops):
    """With a limit above the number of URLs, all of them run at once."""
    urls = [shops.on(f"/shop{n}/prices/mug", Answer(200, offer(f"shop{n}", 5 + n, "mug"), delay=0.1)) for n in range(4)]
    result, error, _ = fetch(urls, limit=10, sleep=pretend_sleep())
    no_error(error, "fetch_all of four shops with limit=10")
    assert result == [offer(f"shop{n}", 5 + n, "mug") for n in range(4)], "fetch_all should return the four answers, in order"
    assert shops.peak == 4, f"With limit=10 and four URLs, all four should run at once, not {shops.peak}"


def test_no_urls():
    """No URLs: an empty list."""
    result, error, _ = fetch([], sleep=pretend_sleep())
    no_error(error, "fetch_all([], ...)")
    assert result == [], "fetch_all([], timeout=1.0, limit=10) should return []"
