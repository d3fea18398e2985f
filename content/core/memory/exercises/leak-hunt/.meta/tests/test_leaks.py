import tracemalloc

import pytest

import leaks
from leaks import biggest_growth, peak_bytes

# Lines of shop.py (the given file of this exercise): where each kind of memory is allocated.
HISTORY_LEAK = "shop.py:36"  # handle_request: self._history.append(...), never emptied
BASKET_LEAK = "shop.py:43"  # add_to_basket: self._baskets[...] = [...], never emptied
INDEX_ONCE = "shop.py:21"  # the index built on the first request, kept for good
SPLASH_FREED = "shop.py:22"  # the splash page made on the first request, freed at visit 5


def new_shop():
    """A fresh Shop of shop.py, made in your code's process (through your `import shop`)."""
    try:
        return leaks.shop.Shop()
    except AttributeError:
        pytest.fail(
            "The checks reach shop.py through your module: keep `import shop` at the top of "
            "leaks.py",
            pytrace=False,
        )


def subject_tracemalloc():
    """The tracemalloc module your code uses (in your code's process)."""
    try:
        return leaks.tracemalloc
    except AttributeError:
        pytest.fail(
            "The checks look at tracemalloc through your module: keep `import tracemalloc` at "
            "the top of leaks.py",
            pytrace=False,
        )


def explain(got, leak):
    """What to say when biggest_growth names the wrong line."""
    if got == INDEX_ONCE:
        return (
            f"{INDEX_ONCE} is the index the shop builds once, on its first request, and keeps: "
            "not a leak. Call function() once before the first snapshot, so that both "
            "snapshots hold it"
        )
    if got == SPLASH_FREED:
        return (
            f"memory at {SPLASH_FREED} went down (the splash page was freed): compare_to sorts "
            "by the absolute size of the change, so take the line whose size_diff is the "
            "largest, not the first of the list"
        )
    if got.endswith(leak.split(":")[1]) and got != leak:
        return "give just the file's name (os.path.basename) and the line number, as 'shop.py:36'"
    return f"take two snapshots around the calls and compare them by 'lineno'; the leak is at {leak}"


def test_finds_the_history_leak():
    """biggest_growth finds the line of handle_request where memory keeps growing."""
    shop = new_shop()
    got = biggest_growth(shop.handle_request, 200)
    assert type(got) is str, f"biggest_growth should return a string such as 'shop.py:36', not {type(got).__name__}"
    assert got == HISTORY_LEAK, f"biggest_growth(shop.handle_request, 200) gave {got!r}, expected {HISTORY_LEAK!r}: {explain(got, HISTORY_LEAK)}"


def test_finds_the_basket_leak():
    """biggest_growth finds the line of add_to_basket where memory keeps growing."""
    shop = new_shop()
    got = biggest_growth(shop.add_to_basket, 200)
    assert got == BASKET_LEAK, f"biggest_growth(shop.add_to_basket, 200) gave {got!r}, expected {BASKET_LEAK!r}: {explain(got, BASKET_LEAK)}"


def test_calls_once_then_calls_times():
    """biggest_growth calls the function once to warm up, then `calls` times."""
    shop = new_shop()
    biggest_growth(shop.handle_request, 150)
    assert shop.visits == 151, (
        f"The shop counted {shop.visits} visits; biggest_growth(shop.handle_request, 150) should "
        "call it 151 times: once before the first snapshot, then 150 times between the two"
    )


def test_growth_tracing_is_stopped():
    """biggest_growth stops tracemalloc when it started it."""
    tracing = subject_tracemalloc()
    if tracing.is_tracing():
        tracing.stop()  # left on by an earlier call: see what this call does
    biggest_growth(new_shop().handle_request, 20)
    assert tracing.is_tracing() is False, "After biggest_growth returned, tracemalloc was still tracing: stop it when you started it"


def test_growth_with_tracing_already_on():
    """When tracemalloc is already tracing, biggest_growth still finds the leak, and leaves it on."""
    tracing = subject_tracemalloc()
    tracing.start()
    try:
        got = biggest_growth(new_shop().add_to_basket, 200)
        still = tracing.is_tracing()
    finally:
        tracing.stop()
    assert got == BASKET_LEAK, f"With tracemalloc already on, biggest_growth(shop.add_to_basket, 200) gave {got!r}, expected {BASKET_LEAK!r}"
    assert still is True, (
        "tracemalloc was tracing before biggest_growth was called, and your function stopped it: "
        "only stop tracing if you started it (tracemalloc.is_tracing() tells you)"
    )


def report_here():
    """The same report as Shop.build_report, made in the checks' own process."""
    lines = [f"line {number:04d}: {'.' * 60}" for number in range(2000)]
    return len("\n".join(lines))


def peak_here():
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        report_here()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - start


def close(got, expected):
    return abs(got - expected) <= 0.05 * expected


def test_peak_of_a_report():
    """peak_bytes measures the highest memory a call needed above where it started."""
    expected = peak_here()
    got = peak_bytes(new_shop().build_report)
    assert type(got) is int, f"peak_bytes should return an int (bytes), not {type(got).__name__}"
    assert close(got, expected), (
        f"peak_bytes(shop.build_report) gave {got}; the checks measured about {expected} bytes "
        "for the same report: read tracemalloc.get_traced_memory() before the call (the memory "
        "traced now) and after it (its second number is the peak), and return the peak minus "
        "the start"
    )
    tracing = subject_tracemalloc()
    assert tracing.is_tracing() is False, "After peak_bytes returned, tracemalloc was still tracing: stop it when you started it"


def test_peak_after_an_earlier_peak():
    """An earlier, higher peak does not count; tracing that was on stays on."""
    expected = peak_here()
    shop = new_shop()
    tracing = subject_tracemalloc()
    tracing.start()
    try:
        for _ in range(300):
            shop.handle_request()  # memory is traced already before the call
        shop.big_temporary()  # a peak of about 2 MB, long before the call
        got = peak_bytes(shop.build_report)
        still = tracing.is_tracing()
    finally:
        tracing.stop()
    assert close(got, expected), (
        f"With tracemalloc already on, and a 2 MB peak before the call, peak_bytes(shop.build_report) "
        f"gave {got}; the checks measured about {expected}. Call tracemalloc.reset_peak() before the "
        "call, so that the peak is this call's, and subtract the memory traced at its start"
    )
    assert still is True, (
        "tracemalloc was tracing before peak_bytes was called, and your function stopped it: only "
        "stop tracing if you started it, and leave it on otherwise"
    )
