from greeting import greet


def test_greets_ada():
    """Greets Ada."""
    assert greet("Ada") == "Hello, Ada!", 'greet("Ada") should return "Hello, Ada!"'


def test_greets_another_name():
    """Works for any name, not just one."""
    assert greet("Grace") == "Hello, Grace!", 'greet("Grace") should return "Hello, Grace!"'


def test_returns_instead_of_printing(capsys):
    """Returns the greeting instead of printing it."""
    result = greet("Linus")
    printed = capsys.readouterr().out
    assert result is not None, "greet should return the text; it returned None (did you print it?)"
    assert printed == "", "greet should not print anything, only return the greeting"
