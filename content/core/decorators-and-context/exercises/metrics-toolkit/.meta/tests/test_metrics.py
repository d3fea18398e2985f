import pytest
from metrics import Metrics


def fake_clock(*readings):
    """A clock that gives the readings one by one, and the list of reads made so far."""
    reads = []

    def clock():
        reads.append(readings[len(reads)])
        return reads[-1]

    return clock, reads


def test_starts_empty():
    """A new Metrics has empty counts and timings and an empty report."""
    metrics = Metrics()
    assert (metrics.counts, metrics.timings) == ({}, {}), (
        "A new Metrics should have counts == {} and timings == {}"
    )
    assert metrics.report() == "", 'With nothing measured yet, report() should return ""'


def test_increment():
    """increment adds 1, or amount, to a counter that starts at 0."""
    metrics = Metrics()
    metrics.increment("visits")
    metrics.increment("visits", 3)
    metrics.increment("signups")
    assert metrics.counts == {"visits": 4, "signups": 1}, (
        'After increment("visits"), increment("visits", 3) and increment("signups"), counts '
        'should be {"visits": 4, "signups": 1}: a new counter starts at 0'
    )


def test_each_metrics_has_its_own_data():
    """Two Metrics objects never share counts or timings."""
    clock, reads = fake_clock(0.0, 1.0)
    shop = Metrics(clock=clock)
    blog = Metrics()
    shop.increment("orders")
    with shop.timer("checkout"):
        pass
    assert (blog.counts, blog.timings) == ({}, {}), (
        "Counting and timing with one Metrics should not show in another: make counts and "
        "timings in __init__ (self.counts = {}), not in the class body"
    )


def test_timer_records_durations():
    """timer appends each block's duration to timings[name]."""
    clock, reads = fake_clock(1.0, 1.5, 3.0, 3.25)
    metrics = Metrics(clock=clock)
    with metrics.timer("database"):
        assert reads == [1.0], "When a timer's block starts, the clock should have been read once"
    with metrics.timer("database"):
        pass
    assert metrics.timings == {"database": [0.5, 0.25]}, (
        'Two blocks timed with timer("database"), from 1.0 to 1.5 and from 3.0 to 3.25, should '
        'give timings == {"database": [0.5, 0.25]}'
    )


def test_timer_does_not_hide_errors():
    """An error in a timer's block reaches the caller."""
    clock, reads = fake_clock(1.0, 2.0)
    metrics = Metrics(clock=clock)
    with pytest.raises(KeyError):
        with metrics.timer("lookup"):
            raise KeyError("sku-42")
        pytest.fail("A KeyError raised in a timer's block should reach the caller")


def test_counted_counts_calls():
    """counted adds 1 at every call, passes the arguments and returns the result."""
    metrics = Metrics()

    def add_item(cart, item, quantity=1):
        return cart + [item] * quantity

    counted_add = metrics.counted("items")(add_item)
    assert counted_add(["tea"], "milk", quantity=2) == ["tea", "milk", "milk"], (
        'The decorated add_item(["tea"], "milk", quantity=2) should return '
        "['tea', 'milk', 'milk']: pass the arguments on and return the result"
    )
    counted_add([], "bread")
    assert metrics.counts == {"items": 2}, (
        'Two calls of a function decorated with @metrics.counted("items") should give '
        'counts == {"items": 2}'
    )


def test_counted_counts_failures():
    """A failed call counts under name and name.failed, and the error carries on."""
    metrics = Metrics()

    def pay(amount):
        if amount <= 0:
            raise ValueError("nothing to pay")
        return "paid"

    counted_pay = metrics.counted("payments")(pay)
    counted_pay(10)
    with pytest.raises(ValueError):
        counted_pay(0)
        pytest.fail(
            "A ValueError raised by the decorated function should reach the caller: count it "
            "under name.failed, then raise it again"
        )
    assert metrics.counts == {"payments": 2, "payments.failed": 1}, (
        "After one call that worked and one that raised, counts should be "
        '{"payments": 2, "payments.failed": 1}: every call counts under the name, and the '
        'failed ones under "payments.failed" too'
    )


def test_one_name_for_several_functions():
    """Functions counted under the same name add up."""
    metrics = Metrics()
    pay_card = metrics.counted("payments")(lambda: "card")
    pay_cash = metrics.counted("payments")(lambda: "cash")
    assert (pay_card(), pay_cash()) == ("card", "cash"), "Each decorated function should return its own result"
    assert metrics.counts == {"payments": 2}, (
        'Two functions both decorated with @metrics.counted("payments") should add up to '
        'counts == {"payments": 2}: use the counter of the Metrics object'
    )


def test_timed_times_calls():
    """timed appends the duration of each call and returns the result."""
    clock, reads = fake_clock(0.0, 0.5, 2.0, 3.0)
    metrics = Metrics(clock=clock)

    def total(prices, shipping=0):
        return sum(prices) + shipping

    timed_total = metrics.timed("checkout")(total)
    assert timed_total([4, 6], shipping=2) == 12, (
        "The decorated total([4, 6], shipping=2) should return 12: pass the arguments on and "
        "return the result"
    )
    timed_total([1])
    assert metrics.timings == {"checkout": [0.5, 1.0]}, (
        'Two calls of a function decorated with @metrics.timed("checkout"), from 0.0 to 0.5 and '
        'from 2.0 to 3.0, should give timings == {"checkout": [0.5, 1.0]}'
    )


def test_timed_times_a_call_that_raises():
    """A call that raises is timed too, and its error carries on."""
    clock, reads = fake_clock(5.0, 5.75)
    metrics = Metrics(clock=clock)

    def broken():
        raise ConnectionError("payment service down")

    with pytest.raises(ConnectionError):
        metrics.timed("payment")(broken)()
        pytest.fail("A ConnectionError raised by the decorated function should reach the caller")
    assert metrics.timings == {"payment": [0.75]}, (
        'A call that raised should be timed too: timings should be {"payment": [0.75]}. Use '
        "timer in timed, and in timer put the yield in try: and the append in finally:"
    )


def test_decorating_does_nothing_yet():
    """Decorating calls nothing, reads no clock, and keeps the original."""
    clock, reads = fake_clock(0.0, 1.0)
    metrics = Metrics(clock=clock)
    calls = []

    def ship(order):
        calls.append(order)

    counted_ship = metrics.counted("shipped")(ship)
    timed_ship = metrics.timed("shipping")(ship)
    assert (calls, reads, metrics.counts, metrics.timings) == ([], [], {}, {}), (
        "Decorating should call nothing, read no clock and count nothing: do that only in "
        "the wrapper, at each call"
    )
    assert counted_ship.__wrapped__ is ship and timed_ship.__wrapped__ is ship, (
        "The decorated functions' __wrapped__ should be the original: put "
        "@functools.wraps(func) above def wrapper in counted and in timed"
    )


def test_report():
    """report: counters then timers, each sorted by name, 3 decimals."""
    clock, reads = fake_clock(0.0, 0.5, 2.0, 3.0, 10.0, 10.125)
    metrics = Metrics(clock=clock)
    metrics.increment("visits", 3)
    metrics.increment("orders", 2)
    metrics.increment("orders.failed")
    with metrics.timer("search"):
        pass
    with metrics.timer("search"):
        pass
    with metrics.timer("checkout"):
        pass
    expected = "\n".join(
        [
            "orders: 2",
            "orders.failed: 1",
            "visits: 3",
            "checkout: 1 x, total 0.125 s, slowest 0.125 s",
            "search: 2 x, total 1.500 s, slowest 1.000 s",
        ]
    )
    assert metrics.report() == expected, (
        "report() should give one line per counter, name: count, sorted by name, then one line "
        "per timer, name: N x, total T s, slowest S s, sorted by name, with 3 decimals, joined "
        "with \\n"
    )


def test_real_clock_by_default():
    """Without a clock, timer uses time.perf_counter."""
    metrics = Metrics()
    with metrics.timer("tiny"):
        sum(range(1000))
    [duration] = metrics.timings["tiny"]
    assert type(duration) is float and 0 <= duration < 5, (
        "With the default clock (time.perf_counter), a tiny block should take between 0 and "
        "5 seconds"
    )
