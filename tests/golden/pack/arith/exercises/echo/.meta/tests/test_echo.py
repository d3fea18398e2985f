from echo import shout


def test_shout():
    """Shouts a word."""
    assert shout("hi") == "HI", 'shout("hi") should return "HI"'


def test_program(run_program):
    """Runs as a program: reads a line, prints it shouted."""
    result = run_program("echo.py", stdin="hello\n")
    assert result.stdout == "HELLO\n", "The program should print HELLO for the input hello"
