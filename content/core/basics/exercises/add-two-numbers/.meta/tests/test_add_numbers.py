import re

import pytest


def sum_printed(result):
    """The number after the last 'The sum is' in the program's output, or a note that it is missing."""
    found = re.findall(r"The sum is (\S+)", result.stdout)
    return found[-1] if found else "(no line 'The sum is ...' was printed)"


def last_line(result):
    """The last line the program printed (the questions from input() share a line with it)."""
    lines = result.stdout.rstrip("\n").splitlines()
    return lines[-1] if lines else "(nothing was printed)"


def stop_if_crashed(result):
    """Fail with the last line of the error if the program stopped with an error."""
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines()
        error = lines[-1] if lines else "(no error message)"
        pytest.fail(f"The program stopped with an error: {error}", pytrace=False)


def test_three_plus_four(run_program):
    """Typing 3 and 4 prints The sum is 7."""
    result = run_program("add_numbers.py", stdin="3\n4\n")
    stop_if_crashed(result)
    assert sum_printed(result) == "7", (
        "After the user types 3 and 4, the program should print: The sum is 7"
    )


def test_adds_numbers_not_text(run_program):
    """Adds the numbers as numbers, not as text."""
    result = run_program("add_numbers.py", stdin="12\n30\n")
    stop_if_crashed(result)
    assert sum_printed(result) == "42", (
        "For 12 and 30 the program should print The sum is 42. input() always gives text, "
        'and "12" + "30" is "1230": turn the text into a number with int() first'
    )


def test_negative_number(run_program):
    """Works with a negative number."""
    result = run_program("add_numbers.py", stdin="10\n-25\n")
    stop_if_crashed(result)
    assert sum_printed(result) == "-15", "For 10 and -25 the program should print The sum is -15"


def test_zeros(run_program):
    """Adds zero and zero."""
    result = run_program("add_numbers.py", stdin="0\n0\n")
    stop_if_crashed(result)
    assert sum_printed(result) == "0", "For 0 and 0 the program should print The sum is 0"


def test_sum_is_the_last_line(run_program):
    """The sum is the last line, written exactly as in the example."""
    result = run_program("add_numbers.py", stdin="3\n4\n")
    stop_if_crashed(result)
    assert last_line(result).endswith("The sum is 7"), (
        "The last line the program prints should end with exactly: The sum is 7 "
        "(nothing after it, and no other line printed after it)"
    )
