import pytest
from calllog import add, add_to_cart, divide, greet, log_calls


def printed_lines(capsys):
    return capsys.readouterr().out.splitlines()


def test_logs_a_call_and_its_result(capsys):
    """Prints the call, then what it returned, and returns the result."""
    logged_add = log_calls(add)
    result = logged_add(2, 3)
    assert result == 5, (
        "log_calls(add)(2, 3) should return 5, the number add returned: "
        "keep the result in a name, print it, then return it"
    )
    assert printed_lines(capsys) == ["calling add(2, 3)", "add returned 5"], (
        'log_calls(add)(2, 3) should print "calling add(2, 3)", then "add returned 5"'
    )


def test_shows_strings_with_quotes(capsys):
    """Shows arguments and results with repr, so strings keep their quotes."""
    log_calls(greet)("Ada")
    assert printed_lines(capsys) == ["calling greet('Ada')", "greet returned 'Hello, Ada!'"], (
        "Show each argument and the result as repr(value) (or {value!r} in an f-string), "
        "so that a string appears with its quotes: calling greet('Ada')"
    )


def test_shows_keyword_arguments(capsys):
    """Shows keyword arguments as key=value, after the positional ones."""
    result = log_calls(greet)("Ada", punctuation="?")
    assert result == "Hello, Ada?", (
        'log_calls(greet)("Ada", punctuation="?") should return "Hello, Ada?": '
        "pass the keyword arguments on with func(*args, **kwargs)"
    )
    assert printed_lines(capsys) == [
        "calling greet('Ada', punctuation='?')",
        "greet returned 'Hello, Ada?'",
    ], (
        "A keyword argument should be shown as key=value with the value as repr, after the "
        "positional arguments and separated by \", \": calling greet('Ada', punctuation='?')"
    )


def test_only_keyword_arguments(capsys):
    """A call with keyword arguments only shows no stray comma."""
    log_calls(greet)(name="Grace", punctuation=".")
    assert printed_lines(capsys)[0] == "calling greet(name='Grace', punctuation='.')", (
        'log_calls(greet)(name="Grace", punctuation=".") should print '
        "calling greet(name='Grace', punctuation='.'), in the order the keywords were given"
    )


def test_prints_the_call_before_calling(capsys):
    """The calling line shows the arguments as they were before the call."""
    cart = ["tea"]
    count = log_calls(add_to_cart)(cart, "milk")
    assert count == 2, "log_calls(add_to_cart)(['tea'], 'milk') should return 2"
    assert cart == ["tea", "milk"], (
        "add_to_cart should be called exactly once per call: the cart should hold "
        "['tea', 'milk'] afterwards"
    )
    assert printed_lines(capsys) == [
        "calling add_to_cart(['tea'], 'milk')",
        "add_to_cart returned 2",
    ], (
        "Print the calling line before you call func: it should show the cart as it was "
        "before milk was added, calling add_to_cart(['tea'], 'milk')"
    )


def test_reports_an_error_and_raises_it(capsys):
    """When func raises, prints NAME raised ErrorType and lets the same error go on."""
    with pytest.raises(ZeroDivisionError):
        log_calls(divide)(1, 0)
        pytest.fail(
            "log_calls(divide)(1, 0) should let the ZeroDivisionError carry on to the caller: "
            "after printing the raised line, write a bare raise"
        )
    assert printed_lines(capsys) == ["calling divide(1, 0)", "divide raised ZeroDivisionError"], (
        'log_calls(divide)(1, 0) should print "calling divide(1, 0)", then '
        '"divide raised ZeroDivisionError" (type(error).__name__), and then raise the error '
        "again with a bare raise"
    )


def test_no_error_line_when_all_goes_well(capsys):
    """A call that works prints no raised line."""
    assert log_calls(divide)(7, 2) == 3.5, "log_calls(divide)(7, 2) should return 3.5"
    assert printed_lines(capsys) == ["calling divide(7, 2)", "divide returned 3.5"], (
        'log_calls(divide)(7, 2) should print "calling divide(7, 2)" and "divide returned 3.5", '
        "nothing else"
    )


def test_keeps_the_name():
    """The decorated function keeps the original's name."""
    logged = log_calls(add)
    assert logged.__name__ == "add", (
        "log_calls(add).__name__ should be 'add': put @functools.wraps(func) above def wrapper"
    )
    assert logged.__wrapped__ == add, (
        "log_calls(add).__wrapped__ should be add: @functools.wraps(func) sets it"
    )


def test_decorating_prints_nothing(capsys):
    """Decorating prints nothing and calls nothing; only calls are logged."""
    log_calls(add)
    assert printed_lines(capsys) == [], (
        "log_calls(add) on its own should print nothing: print only inside the wrapper, "
        "when the decorated function is called"
    )
