import re

import pytest


def ranking(result):
    """The numbered lines the program printed, such as ["1. mia 50", "2. ada 42"]."""
    return re.findall(r"\d+\. \S+ -?\d+", result.stdout)


def stop_if_crashed(result):
    """Fail with the last line of the error if the program stopped with an error."""
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines()
        error = lines[-1] if lines else "(no error message)"
        pytest.fail(f"The program stopped with an error: {error}", pytrace=False)


def play(run_program, *lines):
    """Run the program with the number of players and their lines as input."""
    stdin = f"{len(lines)}\n" + "".join(f"{line}\n" for line in lines)
    result = run_program("leaderboard.py", stdin=stdin)
    stop_if_crashed(result)
    return ranking(result)


def test_example_game(run_program):
    """Prints the top three of the example game."""
    shown = play(run_program, "ada 42", "alan 35", "grace 42", "linus 9", "mia 50")
    assert shown == ["1. mia 50", "2. ada 42", "3. grace 42"], (
        "For the example game the program should print exactly these lines: "
        "1. mia 50, 2. ada 42, 3. grace 42 (highest score first)"
    )


def test_scores_are_numbers(run_program):
    """Compares scores as numbers, so 100 beats 9."""
    shown = play(run_program, "bo 9", "cy 10", "al 100", "di 85")
    assert shown == ["1. al 100", "2. di 85", "3. cy 10"], (
        "With the scores 9, 10, 100 and 85 the order should be al 100, di 85, cy 10: "
        "compare the scores as numbers (int), not as text, where \"9\" comes after \"100\""
    )


def test_ties_from_a_to_z(run_program):
    """Lists players with the same score from A to Z."""
    shown = play(run_program, "zoe 70", "amy 70", "bob 20", "max 70")
    assert shown == ["1. amy 70", "2. max 70", "3. zoe 70"], (
        "When zoe, amy and max all score 70 the program should print amy, max, zoe: "
        "players with the same score are listed from A to Z"
    )


def test_fewer_than_three_players(run_program):
    """Shows everyone when there are fewer than three players."""
    shown = play(run_program, "kim 12", "lee 30")
    assert shown == ["1. lee 30", "2. kim 12"], (
        "With only two players the program should print both: 1. lee 30 and 2. kim 12"
    )


def test_more_players(run_program):
    """Shows only the top three of a bigger game."""
    shown = play(run_program, "a 1", "b 2", "c 3", "d 4", "e 5", "f 6", "g 7")
    assert shown == ["1. g 7", "2. f 6", "3. e 5"], (
        "For seven players with the scores 1 to 7 the program should print only the top three: "
        "1. g 7, 2. f 6 and 3. e 5, numbered from 1"
    )
