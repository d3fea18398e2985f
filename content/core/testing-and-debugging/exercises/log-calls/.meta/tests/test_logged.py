import logging

import pytest

import logged

LOGGER_NAME = "shop.checks"


@pytest.fixture
def logger(caplog):
    """A logger the tests own; caplog records everything it is given, from DEBUG up."""
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    return logging.getLogger(LOGGER_NAME)


def lines(caplog):
    """The records as (level name, message) pairs, in order."""
    return [(record.levelname, record.getMessage()) for record in caplog.records]


def decorated(logger, func, **options):
    wrapped = logged.log_calls(logger, **options)
    assert wrapped is not None, (
        "log_calls(logger) returned None: it should return a decorator (a function that "
        "takes func and returns the wrapper)"
    )
    return wrapped(func)


def raised_again(parse, text):
    """Call the decorated parse_quantity(text), which must raise the ValueError of int()."""
    try:
        result = parse(text)
    except ValueError:
        return
    pytest.fail(
        f"The decorated parse_quantity({text!r}) returned {result!r}, but parse_quantity "
        "raised ValueError: after logging the error, let the same error go on to the caller "
        "with a bare raise",
        pytrace=False,
    )


def test_logs_the_call_and_the_result(logger, caplog):
    """Logs the call and the result at DEBUG, and returns the result."""
    discount = decorated(logger, logged.apply_discount)
    result = discount(19.99, 15)
    assert result == 16.99, (
        "The decorated apply_discount(19.99, 15) should return 16.99, what apply_discount "
        "returned: keep the result, log it, then return it"
    )
    assert lines(caplog) == [
        ("DEBUG", "apply_discount called with args=(19.99, 15) kwargs={}"),
        ("DEBUG", "apply_discount returned 16.99"),
    ], (
        "Calling the decorated apply_discount(19.99, 15) should log two DEBUG records on the "
        "logger it was given: 'apply_discount called with args=(19.99, 15) kwargs={}', then "
        "'apply_discount returned 16.99' (use logger.log(level, ...), not print)"
    )


def test_shows_keyword_arguments_and_strings_with_quotes(logger, caplog):
    """Shows the keyword arguments as a dict and strings as repr, with their quotes."""
    discount = decorated(logger, logged.apply_discount)
    discount(price=12.5, percent=20)
    parse = decorated(logger, logged.parse_quantity)
    parse("3")
    assert lines(caplog) == [
        ("DEBUG", "apply_discount called with args=() kwargs={'price': 12.5, 'percent': 20}"),
        ("DEBUG", "apply_discount returned 10.0"),
        ("DEBUG", "parse_quantity called with args=('3',) kwargs={}"),
        ("DEBUG", "parse_quantity returned 3"),
    ], (
        "Show args and kwargs with %r (repr), so keyword arguments appear as a dict and "
        "strings keep their quotes: \"apply_discount called with args=() "
        "kwargs={'price': 12.5, 'percent': 20}\" and \"parse_quantity called with "
        "args=('3',) kwargs={}\""
    )


def test_calls_the_function_once_with_every_argument(logger):
    """Calls the function exactly once, with the same arguments, and returns its result."""
    order = [("coffee", 1)]
    add = decorated(logger, logged.add_to_order)
    assert add(order, "tea") == 2, (
        'The decorated add_to_order(order, "tea") should return 2, what add_to_order '
        "returned: pass every argument on with func(*args, **kwargs)"
    )
    assert order == [("coffee", 1), ("tea", 1)], (
        "The decorated add_to_order should add ('tea', 1) to the order exactly once: "
        "call func one time only, and keep its result in a name"
    )


def test_uses_the_level_it_is_given(logger, caplog):
    """log_calls(logger, level=logging.INFO) logs at INFO."""
    discount = decorated(logger, logged.apply_discount, level=logging.INFO)
    discount(50.0, 20)
    assert [level for level, _ in lines(caplog)] == ["INFO", "INFO"], (
        "With log_calls(logger, level=logging.INFO) both records should be at INFO: "
        "log with logger.log(level, ...), where level is the parameter, "
        "not always logger.debug(...)"
    )


def test_a_failure_is_logged_as_an_error_and_raised_again(logger, caplog):
    """A failing call logs an ERROR record and the same error goes on to the caller."""
    parse = decorated(logger, logged.parse_quantity)
    raised_again(parse, "lots")
    assert lines(caplog) == [
        ("DEBUG", "parse_quantity called with args=('lots',) kwargs={}"),
        (
            "ERROR",
            "parse_quantity raised ValueError: invalid literal for int() with base 10: 'lots'",
        ),
    ], (
        "When the function raises, log 'parse_quantity raised ValueError: <the error "
        "message>' with logger.error, then let the same error go on with a bare raise. "
        "No 'returned' line: nothing was returned"
    )


def test_the_level_does_not_change_errors(logger, caplog):
    """Errors are logged at ERROR even when the calls are logged at INFO."""
    parse = decorated(logger, logged.parse_quantity, level=logging.INFO)
    raised_again(parse, "")
    assert [level for level, _ in lines(caplog)] == ["INFO", "ERROR"], (
        "With level=logging.INFO the call is logged at INFO and the failure at ERROR"
    )


def test_keeps_the_function_name(logger):
    """The decorated function keeps its name and docstring (functools.wraps)."""
    parse = decorated(logger, logged.parse_quantity)
    assert parse.__name__ == "parse_quantity", (
        "The decorated function should still be called parse_quantity: put "
        "@functools.wraps(func) on the wrapper"
    )
    assert parse.__doc__ == logged.parse_quantity.__doc__, (
        "The decorated function should keep the docstring: @functools.wraps(func)"
    )
