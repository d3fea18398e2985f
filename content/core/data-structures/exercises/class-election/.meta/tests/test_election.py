import re

import pytest


def stop_if_crashed(result):
    """Fail with the last line of the error if the program stopped with an error."""
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines()
        error = lines[-1] if lines else "(no error message)"
        pytest.fail(f"The program stopped with an error: {error}", pytrace=False)


def vote_lines(result):
    """The 'Name: votes' lines the program printed, as a list of such strings."""
    found = []
    for line in result.stdout.splitlines():
        # A question such as "Vote: " may sit in front of the first result line.
        match = re.search(r"([A-Za-z]+): (\d+)\s*$", line)
        if match:
            found.append(f"{match.group(1)}: {match.group(2)}")
    return found


def last_line(result):
    """The last line the program printed, without spaces around it."""
    lines = result.stdout.strip().splitlines()
    return lines[-1].strip() if lines else "(nothing was printed)"


def votes(*names):
    """The text typed for these votes, ending with the empty line."""
    return "".join(name + "\n" for name in names) + "\n"


def test_example_election(run_program):
    """Counts the example election."""
    result = run_program("election.py", stdin=votes("Ada", "bo", "ada", "Cy", "Bo", " ADA", "cy"))
    stop_if_crashed(result)
    assert vote_lines(result) == ["Ada: 3", "Bo: 2", "Cy: 2"], (
        "For the example votes the program should print Ada: 3, Bo: 2 and Cy: 2, one per line"
    )
    assert last_line(result) == "Winner: Ada", "The last line for the example should be: Winner: Ada"


def test_ignores_capitals_and_spaces(run_program):
    """Counts ada, ADA and ' Ada ' as votes for the same person."""
    result = run_program("election.py", stdin=votes("ada", "  ADA ", "Ada", "bo"))
    stop_if_crashed(result)
    assert vote_lines(result) == ["Ada: 3", "Bo: 1"], (
        "ada, '  ADA ' and Ada are all votes for Ada, so the program should print Ada: 3 and "
        "Bo: 1. Clean each name with name.strip().capitalize() before counting it"
    )


def test_most_votes_first_then_a_to_z(run_program):
    """Lists the most votes first, and equal votes by name A to Z."""
    result = run_program("election.py", stdin=votes("Yan", "Zoe", "Xia", "Zoe", "Wim", "Xia", "Zoe"))
    stop_if_crashed(result)
    assert vote_lines(result) == ["Zoe: 3", "Xia: 2", "Wim: 1", "Yan: 1"], (
        "The program should print Zoe: 3, Xia: 2, Wim: 1, Yan: 1 in this order: most votes "
        "first, and Wim before Yan because they have the same number of votes"
    )


def test_tie_for_first_place(run_program):
    """Reports a tie when several candidates share the most votes."""
    result = run_program("election.py", stdin=votes("Cy", "Bo", "Ada", "Cy", "Bo"))
    stop_if_crashed(result)
    assert vote_lines(result) == ["Bo: 2", "Cy: 2", "Ada: 1"], (
        "For votes Cy, Bo, Ada, Cy, Bo the program should print Bo: 2, Cy: 2, Ada: 1"
    )
    assert last_line(result) == "Tie: Bo, Cy", (
        "Bo and Cy both have 2 votes, the most, so the last line should be: Tie: Bo, Cy"
    )


def test_no_votes(run_program):
    """Prints No votes. when the first line is already empty."""
    result = run_program("election.py", stdin="\n")
    stop_if_crashed(result)
    assert last_line(result).endswith("No votes."), (
        "When the first line is empty, the program should print: No votes."
    )


def test_names_shown_as_capitalize_gives(run_program):
    """Shows each name as name.strip().capitalize() gives it: first letter capital, the rest small."""
    result = run_program("election.py", stdin=votes("mary-ANN", " MARY-ann", "bo"))
    stop_if_crashed(result)
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert any(line.endswith("Mary-ann: 2") for line in lines), (
        "mary-ANN and ' MARY-ann' are two votes for Mary-ann: the program should print "
        "Mary-ann: 2, the name as name.strip().capitalize() gives it "
        "(.title() would give Mary-Ann)"
    )


def test_line_of_spaces_ends_the_votes(run_program):
    """A line of only spaces counts as empty: it ends the votes."""
    result = run_program("election.py", stdin="Ada\nBo\nAda\n   \nBo\nBo\n\n")
    stop_if_crashed(result)
    assert vote_lines(result) == ["Ada: 2", "Bo: 1"], (
        "A line of only spaces counts as empty, so only Ada, Bo and Ada are votes: the program "
        "should print Ada: 2 and Bo: 1. Strip the line before you check whether it is empty"
    )
