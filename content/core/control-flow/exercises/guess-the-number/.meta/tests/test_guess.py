import re

import pytest


def answers(result):
    """The answers the program printed, in order: Too low, Too high and the whole Correct line."""
    found = re.findall(r"(?:Too low|Too high|Correct)[^\n]*", result.stdout)
    return [answer.strip() for answer in found]


def stop_if_crashed(result):
    """Fail with the last line of the error if the program stopped with an error."""
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines()
        error = lines[-1] if lines else "(no error message)"
        message = f"The program stopped with an error: {error}"
        if "EOFError" in error:
            message += (
                ". It asked for another guess after the last line that was typed in. "
                "Does the loop stop (break) after the correct guess?"
            )
        pytest.fail(message, pytrace=False)


def test_example_game(run_program):
    """Plays the example: secret 50, guesses 25, 75 and 50."""
    result = run_program("guess.py", stdin="50\n25\n75\n50\n")
    stop_if_crashed(result)
    assert answers(result) == ["Too low", "Too high", "Correct! Guesses: 3"], (
        "For the secret 50 and the guesses 25, 75, 50 the program should answer "
        "Too low, then Too high, then Correct! Guesses: 3 (one answer per guess)"
    )


def test_right_first_time(run_program):
    """A right first guess counts as one guess."""
    result = run_program("guess.py", stdin="7\n7\n")
    stop_if_crashed(result)
    assert answers(result) == ["Correct! Guesses: 1"], (
        "When the first guess is right, the program should print only Correct! Guesses: 1 "
        "(the right guess counts too)"
    )


def test_stops_after_the_right_guess(run_program):
    """Stops asking as soon as the guess is right."""
    result = run_program("guess.py", stdin="20\n10\n20\n30\n40\n")
    stop_if_crashed(result)
    assert answers(result) == ["Too low", "Correct! Guesses: 2"], (
        "For the secret 20 and the guesses 10, 20 the program should answer Too low, then "
        "Correct! Guesses: 2, and then stop: the lines typed after the right guess must be ignored"
    )


def test_compares_numbers_not_text(run_program):
    """Compares the guesses as numbers: 9 is lower than 100."""
    result = run_program("guess.py", stdin="100\n9\n100\n")
    stop_if_crashed(result)
    assert answers(result)[:1] == ["Too low"], (
        "For the secret 100 and the guess 9 the program should say Too low: 9 is lower than 100. "
        'As text, "9" comes after "100", so compare numbers, not text: use int()'
    )


def test_many_guesses(run_program):
    """Keeps going for as many guesses as it takes."""
    result = run_program("guess.py", stdin="1\n5\n4\n3\n2\n1\n")
    stop_if_crashed(result)
    expected = ["Too high", "Too high", "Too high", "Too high", "Correct! Guesses: 5"]
    assert answers(result) == expected, (
        "For the secret 1 and the guesses 5, 4, 3, 2, 1 the program should say Too high four "
        "times, then Correct! Guesses: 5"
    )


def test_answers_are_exactly_as_shown(run_program):
    """Answers exactly Too low and Too high, with nothing added."""
    result = run_program("guess.py", stdin="10\n5\n15\n10\n")
    stop_if_crashed(result)
    assert answers(result)[:2] == ["Too low", "Too high"], (
        "For the secret 10 and the guesses 5 and 15 the answers should be exactly Too low and "
        "Too high, with nothing after them (no ! or other words)"
    )
