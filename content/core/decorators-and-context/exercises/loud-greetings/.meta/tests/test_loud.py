from loud import shout


def greet(name, greeting="Hello"):
    """Return a greeting for name."""
    return f"{greeting}, {name}"


def test_calls_func_once_per_call_only():
    """Decorating does not call the function; each call calls it once."""
    calls = []

    def ping():
        calls.append("ping")
        return "ping"

    loud_ping = shout(ping)
    assert calls == [], (
        "shout(ping) should not call ping: only define the new function and return it "
        "(return wrapper, without brackets)"
    )
    loud_ping()
    loud_ping()
    assert calls == ["ping", "ping"], (
        "Calling the decorated function twice should call ping exactly twice, once per call"
    )


def test_shouts_the_result():
    """The new function returns the text in capitals with "!" at the end."""
    loud_greet = shout(greet)
    assert loud_greet("Ada") == "HELLO, ADA!", (
        'shout(greet)("Ada") should return "HELLO, ADA!": call greet, then return its '
        'text with .upper() and "!" added at the end'
    )


def test_passes_positional_arguments():
    """Passes every positional argument on to the original function."""
    def order_line(quantity, item, size):
        return f"{quantity} x {item} ({size})"

    loud_order = shout(order_line)
    assert loud_order(2, "tea", "large") == "2 X TEA (LARGE)!", (
        'shout(order_line)(2, "tea", "large") should return "2 X TEA (LARGE)!": the new function '
        "must take any arguments (def wrapper(*args, **kwargs)) and pass them all on"
    )


def test_passes_keyword_arguments():
    """Passes keyword arguments on to the original function."""
    loud_greet = shout(greet)
    assert loud_greet("Alan", greeting="Good morning") == "GOOD MORNING, ALAN!", (
        'shout(greet)("Alan", greeting="Good morning") should return "GOOD MORNING, ALAN!": '
        "pass the keyword arguments on too, with func(*args, **kwargs)"
    )


def test_works_without_arguments():
    """Works on a function that takes no arguments."""
    def welcome():
        return "welcome aboard"

    assert shout(welcome)() == "WELCOME ABOARD!", (
        'shout(welcome)() should return "WELCOME ABOARD!" for a function that takes no arguments'
    )


def test_keeps_name_and_docstring():
    """The decorated function keeps the original's __name__ and __doc__."""
    loud_greet = shout(greet)
    assert loud_greet.__name__ == "greet", (
        "After shout(greet), __name__ should still be 'greet': put @functools.wraps(func) "
        "on the line above def wrapper"
    )
    assert loud_greet.__doc__ == "Return a greeting for name.", (
        "After shout(greet), __doc__ should still be greet's docstring: put "
        "@functools.wraps(func) on the line above def wrapper"
    )


def test_each_function_keeps_its_own_result():
    """Two decorated functions each call their own original."""
    def farewell(name):
        """Say goodbye to name."""
        return f"Bye, {name}"

    loud_greet = shout(greet)
    loud_farewell = shout(farewell)
    assert (loud_greet("Ada"), loud_farewell("Ada")) == ("HELLO, ADA!", "BYE, ADA!"), (
        "Each decorated function should call its own original: shout(greet) greets and "
        "shout(farewell) says goodbye"
    )
    assert loud_farewell.__name__ == "farewell", "shout(farewell).__name__ should be 'farewell'"
