import asyncio

import pytest

import toolkit
from toolkit import Cart, EmptyCart


def test_prints_and_returns(capsys):
    """Printing reaches capsys; the return value comes back."""
    assert toolkit.shout("hi") == 2
    assert capsys.readouterr().out == "HI!\n"


def test_class_instances_and_methods():
    """Classes, methods, chaining, len, iteration and repr."""
    cart = Cart("Ada").add("tea", 2.5).add("cake", 3.25)
    assert cart.total() == 5.75
    assert len(cart) == 2
    assert list(cart) == [("tea", 2.5), ("cake", 3.25)]
    assert repr(cart) == "Cart('Ada', 2 items)"
    assert cart.owner == "Ada"
    assert isinstance(cart, Cart)


def test_custom_exception():
    """A custom exception is raised and recognised, with its message."""
    with pytest.raises(EmptyCart, match="Grace's cart is empty"):
        Cart("Grace").total()
    with pytest.raises(ValueError):
        Cart("Linus").total()


def test_generator():
    """A generator yields its values lazily."""
    numbers = toolkit.countdown(3)
    assert next(numbers) == 3
    assert list(numbers) == [2, 1]


def test_decorator(capsys):
    """A decorator wraps a function and keeps its name."""
    assert toolkit.area(3, 4) == 12
    assert toolkit.area.__name__ == "area"
    assert capsys.readouterr().out == "calling area(3, 4)\n"


def test_context_manager(capsys):
    """A context manager runs code before and after the block."""
    with toolkit.tag("b") as name:
        print("inside")
    assert name == "B"
    assert capsys.readouterr().out == "<b>\ninside\n</b>\n"


def test_async_function():
    """An async function can be awaited through asyncio.run."""
    assert asyncio.run(toolkit.fetch_all([3, 1, 2])) == [3, 1, 2]


def test_standard_library():
    """Counter and json from the standard library."""
    assert toolkit.most_common_word("the cat and the hat") == "the"
    assert toolkit.to_json({"b": 1, "a": [1, 2]}) == '{"a": [1, 2], "b": 1}'


def test_callback_into_the_tests():
    """A function of the tests is called by the learner's code."""
    assert toolkit.apply_twice(lambda x: x * 3, 2) == 18


def test_timing_is_measured_outside_the_learners_code(timed):
    """The judge times a call: wall time and the subject's CPU time."""
    timing = timed(toolkit.busy, 3_000_000)  # long enough for the kernel's 10 ms CPU ticks
    assert timing.result == sum(range(3_000_000))
    assert timing.wall > 0
    assert 0 < timing.cpu <= timing.wall + 0.05
