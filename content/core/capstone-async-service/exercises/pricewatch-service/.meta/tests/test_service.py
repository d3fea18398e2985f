"""Stage 4, the whole service: every product at every shop, at most `limit` requests in flight,
retries with backoff through the injected sleep, failures reported, one deadline for the
whole report, and measured concurrency."""

import asyncio
import time

import pricewatch
import pytest
from upstreams import HANG_UP, Answer, closed_port_url


def described(error):
    """An error as a learner reads it: its type, and its message when it has one."""
    text = str(error).strip().rstrip(".")
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


BUSY = Answer(503, {"error": "busy, try again later"})


def offer(shop, product, price):
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


def report(products, shops, **options):
    """Run price_report; return (result, seconds)."""
    for name, value in {"timeout": 1.0, "limit": 10, "retries": 2, "deadline": 5.0}.items():
        options.setdefault(name, value)
    started = time.perf_counter()
    try:
        result = asyncio.run(pricewatch.price_report(products, shops, **options))
    except NotImplementedError as error:
        pytest.fail(f"price_report is not written yet: it raises {described(error)}", pytrace=False)
    except Exception as error:
        pytest.fail(
            f"price_report raised {described(error)}. It should never raise because of a "
            f"shop: report the shop in the product's \"failed\" and carry on with the others",
            pytrace=False,
        )
    return result, time.perf_counter() - started


def summary(prices, failed, cheapest):
    return {"prices": prices, "failed": failed, "cheapest": cheapest}


def serve(shops, prices, delay=0.0):
    """Every shop of `prices` ({shop: {product: price}}) answers its products; return the
    shops' base URLs."""
    for shop, products in prices.items():
        for product, price in products.items():
            shops.on(f"/{shop}/prices/{product}", Answer(200, offer(shop, product, price), delay=delay))
    return {shop: f"{shops.base}/{shop}" for shop in prices}


def test_a_summary_for_each_product(shops):
    """Two products at three shops: six requests, a summary per product, in order."""
    bases = serve(shops, {
        "north": {"kettle": 24.5, "mug": 6.5},
        "east": {"kettle": 22.0, "mug": 7},
        "south": {"kettle": 23.75, "mug": 5.9},
    }, delay=0.1)  # fmt: skip
    result, _ = report(["mug", "kettle"], bases, limit=3, sleep=pretend_sleep())
    expected = {
        "mug": summary({"north": 6.5, "east": 7, "south": 5.9}, {}, "south"),
        "kettle": summary({"north": 24.5, "east": 22.0, "south": 23.75}, {}, "east"),
    }
    assert result == expected, (
        f"price_report(['mug', 'kettle'], three shops) should return {expected}: for each "
        "product, in the order given, the summary of stage 3"
    )
    assert list(result) == ["mug", "kettle"], "The report should list the products in the order given"
    assert sorted(shops.requests) == sorted(
        f"/{shop}/prices/{product}" for shop in bases for product in ["mug", "kettle"]
    ), (
        f"Each shop should be asked once for each product, at <base URL>/prices/<product>; the "
        f"shops got {shops.requests}"
    )
    assert shops.peak == 3, (
        f"With limit=3, the shops saw {shops.peak} request(s) at the same moment: let exactly 3 "
        "run together for the whole report, with one asyncio.Semaphore(limit) shared by every "
        "request of every product"
    )


def test_eight_upstreams_at_the_same_time(shops):
    """Two products at four shops that take 0.2 s each: all eight at once, well under 1.6 s."""
    prices = {shop: {"kettle": 20.0 + n, "toaster": 30.0 - n} for n, shop in enumerate(["a", "b", "c", "d"])}
    bases = serve(shops, prices, delay=0.2)
    result, seconds = report(["kettle", "toaster"], bases, limit=8, sleep=pretend_sleep())
    assert result["kettle"]["cheapest"] == "a" and result["toaster"]["cheapest"] == "d", (
        "With four shops that all answer, the cheapest kettle is at a and the cheapest toaster at d"
    )
    assert shops.peak == 8 and seconds < 0.8, (
        f"Eight requests of 0.2 s each took {seconds:.2f} s, and the shops saw at most "
        f"{shops.peak} of them at the same moment. With limit=8 they should all run at the same "
        "time (about 0.2 s in all; one after another takes 1.6 s): gather the products, and "
        "within each product gather the shops"
    )


def test_slow_and_failing_upstreams_are_reported(shops):
    """After their retries, each failing shop is reported with the reason of stage 3."""
    bases = serve(shops, {"north": {"kettle": 24.5}})
    late = Answer(200, offer("slowpoke", "kettle", 19.99), delay=0.9)
    shops.on("/slowpoke/prices/kettle", HANG_UP, late)  # hangs up, then is too slow
    shops.on("/busy/prices/kettle", BUSY)
    shops.on("/nokettle/prices/kettle", Answer(404, {"error": "not sold here"}))
    shops.on("/broken/prices/kettle", Answer(200, b"<html>Under maintenance</html>"))
    shops.on("/cheap/prices/kettle", Answer(200, offer("cheap", "kettle", "cheap")))
    shops.on("/rude/prices/kettle", HANG_UP)
    bases |= {name: f"{shops.base}/{name}" for name in ["slowpoke", "busy", "nokettle", "broken", "cheap", "rude"]}
    bases["gone"] = closed_port_url("/gone")
    sleep = pretend_sleep()
    result, _ = report(["kettle"], bases, timeout=0.3, retries=1, sleep=sleep)
    failed = {
        "slowpoke": "timed out",
        "busy": "HTTP 503",
        "nokettle": "HTTP 404",
        "broken": "bad JSON",
        "cheap": "bad JSON",
        "rude": "unreachable",
        "gone": "unreachable",
    }
    assert result == {"kettle": summary({"north": 24.5}, failed, "north")}, (
        f"With timeout=0.3 and retries=1, the kettle's summary should keep north's price and "
        f"report {failed}: a timeout as \"timed out\", an error status as \"HTTP <status>\", "
        "a refused connection or a hang-up as \"unreachable\", an answer that is not JSON or "
        "whose price is not a number as \"bad JSON\" (catch httpx.TimeoutException before httpx.TransportError)"
    )
    tries = {name: shops.asked(f"/{name}/prices/kettle") for name in ["slowpoke", "busy", "rude", "nokettle", "broken"]}
    assert tries == {"slowpoke": 2, "busy": 2, "rude": 2, "nokettle": 1, "broken": 1}, (
        f"With retries=1, a timeout, a 503 and a hang-up are tried twice, a 404 and bad JSON "
        f"once (asking again gets the same answer); the shops were asked {tries}"
    )
    assert sorted(sleep.delays) == pytest.approx([0.1] * 4), (
        f"Four shops (slowpoke, busy, rude, gone) were each tried again once, after "
        f"`await sleep(0.1)`: the sleep should have been asked for [0.1, 0.1, 0.1, 0.1], "
        f"not {sorted(sleep.delays)}"
    )


def test_the_backoff_doubles(shops):
    """A shop that stays busy: retries=3 waits 0.1 s, 0.2 s, 0.4 s, then "HTTP 503"."""
    shops.on("/busy/prices/mug", BUSY)
    sleep = pretend_sleep()
    result, _ = report(["mug"], {"busy": f"{shops.base}/busy"}, retries=3, sleep=sleep)
    assert result == {"mug": summary({}, {"busy": "HTTP 503"}, None)}, (
        "A shop that answers 503 to every try should end up as \"HTTP 503\", and the mug "
        "has no cheapest shop: None"
    )
    assert shops.asked("/busy/prices/mug") == 4, (
        f"With retries=3, a busy shop should be asked four times, not {shops.asked('/busy/prices/mug')}"
    )
    assert sleep.delays == pytest.approx([0.1, 0.2, 0.4]), (
        f"Before the three retries, the service should wait 0.1 s, then twice as long each "
        f"time: [0.1, 0.2, 0.4], not {sleep.delays}"
    )


def test_shops_that_recover_with_the_real_sleep(shops):
    """Without sleep=..., the retries really wait (asyncio.sleep) and the prices come."""
    shops.on("/flaky/prices/kettle", BUSY, Answer(200, offer("flaky", "kettle", 21.0)))
    shops.on("/rude/prices/kettle", HANG_UP, Answer(200, offer("rude", "kettle", 20.5)))
    bases = {"flaky": f"{shops.base}/flaky", "rude": f"{shops.base}/rude"}
    result, seconds = report(["kettle"], bases, retries=3)
    assert result == {"kettle": summary({"flaky": 21.0, "rude": 20.5}, {}, "rude")}, (
        "A shop that answers 503 once and one that hangs up once should both give their price "
        "at the second try"
    )
    assert seconds >= 0.09, (
        f"price_report without sleep=... should wait 0.1 s with asyncio.sleep before trying "
        f"again, but it took only {seconds:.3f} s: make sleep=asyncio.sleep the default"
    )


def test_one_deadline_for_the_whole_report(shops):
    """One deadline for the whole report: even a shop still waiting for its turn is "timed out"."""
    bases = serve(shops, {"east": {"kettle": 22.0}, "north": {"kettle": 24.5}})
    slow_busy = Answer(503, {"error": "busy"}, delay=0.15)
    shops.on("/busy1/prices/kettle", slow_busy)
    shops.on("/busy2/prices/kettle", slow_busy)
    order = ["east", "busy1", "busy2", "north"]
    bases = {name: f"{shops.base}/{name}" for name in order}
    result, seconds = report(["kettle"], bases, limit=2, retries=5, deadline=0.4, sleep=pretend_sleep())
    failed = {"busy1": "timed out", "busy2": "timed out", "north": "timed out"}
    assert result == {"kettle": summary({"east": 22.0}, failed, "east")}, (
        f"With limit=2 and deadline=0.4, east answers at once, busy1 and busy2 keep answering "
        f"503 (six tries of 0.15 s would take 0.9 s) and north waits for a free place that never "
        f"comes in time. The summary should keep east's price and report {failed}. One "
        "deadline for the whole report: enter asyncio.timeout_at(the same moment for all) "
        "before waiting for the semaphore, and turn its TimeoutError into \"timed out\""
    )
    assert seconds < 0.85, f"With deadline=0.4 the report should be ready after about 0.4 s, not {seconds:.2f} s"


def test_nothing_to_ask(shops):
    """No products: an empty report. No shops: an empty summary for each product."""
    result, _ = report([], {"north": f"{shops.base}/north"}, sleep=pretend_sleep())
    assert result == {}, "price_report([], shops) should return {}"
    result, _ = report(["kettle"], {}, sleep=pretend_sleep())
    assert result == {"kettle": summary({}, {}, None)}, (
        "price_report(['kettle'], {}) should return {'kettle': {'prices': {}, 'failed': {}, 'cheapest': None}}"
    )
