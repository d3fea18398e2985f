import pytest
from repeat import cheer, repeat


def ticket_machine():
    """A function that returns 1, 2, 3... at its successive calls, and its calls."""
    calls = []

    def next_ticket(*args, **kwargs):
        calls.append((args, kwargs))
        return len(calls)

    return next_ticket, calls


def test_returns_the_results_in_order():
    """Calls the function times times and returns the results in a list, in order."""
    next_ticket, calls = ticket_machine()
    three_tickets = repeat(times=3)(next_ticket)
    assert three_tickets() == [1, 2, 3], (
        "With a function that returns 1, then 2, then 3, the function decorated with "
        "@repeat(times=3) should return [1, 2, 3]: call func times times and keep every "
        "result, in order"
    )


def test_repeats_with_the_same_arguments():
    """Each call gets exactly the arguments the decorated function was given."""
    next_ticket, calls = ticket_machine()
    repeat(times=2)(next_ticket)("Ada", seat=12)
    assert calls == [(("Ada",), {"seat": 12}), (("Ada",), {"seat": 12})], (
        'After @repeat(times=2) and a call with ("Ada", seat=12), the original should have '
        'been called twice, each time with ("Ada", seat=12): pass on *args and **kwargs'
    )


def test_example_cheer():
    """The example from the instructions."""
    assert repeat(times=3)(cheer)("Rovers") == ["Go, Rovers!", "Go, Rovers!", "Go, Rovers!"], (
        "@repeat(times=3) on cheer: cheer(\"Rovers\") should return ['Go, Rovers!', "
        "'Go, Rovers!', 'Go, Rovers!']"
    )


def test_once_gives_a_list_of_one():
    """times=1 still returns a list, of one result."""
    next_ticket, calls = ticket_machine()
    assert repeat(1)(next_ticket)() == [1], (
        "@repeat(1) should call the function once and return a list of one result, [1]"
    )


def test_each_call_repeats_again():
    """Every call of the decorated function runs the original times times again."""
    next_ticket, calls = ticket_machine()
    two_tickets = repeat(times=2)(next_ticket)
    assert calls == [], (
        "Decorating should call nothing: repeat(times=2)(func) only builds the wrapper"
    )
    first = two_tickets()
    second = two_tickets()
    assert (first, second) == ([1, 2], [3, 4]), (
        "Two calls of a function decorated with @repeat(times=2) should return [1, 2] and then "
        "[3, 4]: each call runs the original twice more"
    )


def test_refuses_fewer_than_one():
    """repeat raises ValueError at once for times below 1."""
    with pytest.raises(ValueError) as error:
        repeat(times=0)
        pytest.fail(
            "repeat(times=0) should raise ValueError at once, on the @repeat(...) line: check "
            "times in repeat itself, before you define the decorator"
        )
    with pytest.raises(ValueError):
        repeat(times=-2)
        pytest.fail("repeat(times=-2) should raise ValueError too")
    assert str(error.value) == "times must be at least 1, not 0", (
        'The error of repeat(times=0) should say "times must be at least 1, not 0"'
    )


def test_keeps_the_name():
    """The decorated function keeps the original's name."""
    decorated = repeat(times=2)(cheer)
    assert decorated.__name__ == "cheer", (
        "repeat(times=2)(cheer).__name__ should be 'cheer': put @functools.wraps(func) above "
        "def wrapper"
    )
    next_ticket, calls = ticket_machine()
    assert repeat(times=2)(next_ticket).__wrapped__ is next_ticket, (
        "The decorated function's __wrapped__ should be the original: @functools.wraps(func) "
        "sets it"
    )
