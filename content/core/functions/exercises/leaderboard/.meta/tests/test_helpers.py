"""The three helper functions, each on its own."""

import pytest


@pytest.fixture
def board():
    """The learner's leaderboard module, imported without running the program."""
    try:
        import leaderboard
    except Exception as error:  # the program ran on import and wanted input
        pytest.fail(
            "Importing leaderboard.py ran the program (it stopped with "
            f"{type(error).__name__}): put the main part in main() and keep the lines "
            'if __name__ == "__main__": main() at the bottom',
            pytrace=False,
        )
    return leaderboard


def test_parse_entry(board):
    """parse_entry turns a line into (name, score), with the score as a number."""
    assert board.parse_entry("ada 42") == ("ada", 42), (
        'parse_entry("ada 42") should return ("ada", 42): the score as a number, not "42"'
    )
    assert board.parse_entry("bo -7") == ("bo", -7), 'parse_entry("bo -7") should return ("bo", -7)'


def test_top_three_orders_and_leaves_the_list_alone(board):
    """top_three gives a new list: highest first, ties A to Z, and the list given is unchanged."""
    entries = [("zoe", 70), ("bob", 20), ("amy", 70), ("cy", 95), ("max", 70)]
    result = board.top_three(entries)
    assert result == [("cy", 95), ("amy", 70), ("max", 70)], (
        "top_three should return [(\"cy\", 95), (\"amy\", 70), (\"max\", 70)]: the highest "
        "score first, equal scores from A to Z, and only three pairs"
    )
    assert entries == [("zoe", 70), ("bob", 20), ("amy", 70), ("cy", 95), ("max", 70)], (
        "top_three changed the list it was given: use sorted(), which builds a new list, "
        "instead of .sort()"
    )


def test_show_prints_numbered_lines(board, capsys):
    """show prints one numbered line per pair, starting at 1."""
    board.show([("mia", 50), ("ada", 42)])
    assert capsys.readouterr().out.splitlines() == ["1. mia 50", "2. ada 42"], (
        'show([("mia", 50), ("ada", 42)]) should print the lines 1. mia 50 and 2. ada 42'
    )
