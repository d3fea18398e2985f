"""The whole program, fed commands on standard input."""

import pytest

EXAMPLE = """book D1 Dune
book H1 The Hobbit
member ana 1
lend D1 ana
lend H1 ana
available

return D1
lend D1 zed
"""


def stop_if_crashed(result):
    """Fail with the last line of the error if the program stopped with an error."""
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines()
        error = lines[-1] if lines else "(no error message)"
        pytest.fail(f"The program stopped with an error: {error}", pytrace=False)


def test_example_session(run_program):
    """Runs the example of the instructions, empty line included."""
    result = run_program("library.py", stdin=EXAMPLE)
    stop_if_crashed(result)
    assert "" not in result.stdout.splitlines(), (
        "The program printed empty lines. Take the line end off each line with line.strip() "
        "before you pass it to run: otherwise the title is 'Dune\\n' and the name 'ana\\n'"
    )
    assert result.stdout.splitlines() == [
        "added Dune",
        "added The Hobbit",
        "welcome ana",
        "ana borrowed Dune",
        "error: ana has reached the limit of 1",
        "available: The Hobbit",
        "Dune is back",
        "error: no member zed",
    ], (
        "For the example input the program should print the eight lines of the instructions, "
        "one per command, and skip the empty line"
    )


def test_no_commands(run_program):
    """With no input, the program prints nothing and ends."""
    result = run_program("library.py", stdin="")
    stop_if_crashed(result)
    assert result.stdout == "", "With no commands the program should print nothing"
