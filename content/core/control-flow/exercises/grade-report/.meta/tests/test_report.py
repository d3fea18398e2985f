import re

import pytest


def shown(result, label):
    """What the program printed after the last 'label: ' in its output, or a note that it is missing."""
    found = re.findall(rf"{label}: (\S+(?: of \S+)?)", result.stdout)
    return found[-1] if found else f"(no line '{label}: ...' was printed)"


def report(result):
    """The four report values as printed: scores, average, highest and passed."""
    return [shown(result, label) for label in ("Scores", "Average", "Highest", "Passed")]


def stop_if_crashed(result):
    """Fail with the last line of the error if the program stopped with an error."""
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines()
        error = lines[-1] if lines else "(no error message)"
        message = f"The program stopped with an error: {error}"
        if "EOFError" in error:
            message += (
                ". It asked for another score after the empty line. "
                "Does the loop stop (break) at the empty line?"
            )
        elif "ZeroDivisionError" in error:
            message += (
                ". With no valid scores, len(scores) is 0: "
                "check for that case before working out the average"
            )
        elif "ValueError" in error:
            message += (
                ". int() cannot turn text such as abc into a number: "
                "check the text with .isdecimal() before calling int() "
                "(.isdigit() also says True for ², which int() refuses)"
            )
        pytest.fail(message, pytrace=False)


def test_example(run_program):
    """Reports on the example: 72, 95, abc and 48."""
    result = run_program("report.py", stdin="72\n95\nabc\n48\n\n")
    stop_if_crashed(result)
    assert report(result) == ["3", "71.7", "95", "2 of 3"], (
        "For the scores 72, 95 and 48 the report should be Scores: 3, Average: 71.7 "
        "(one digit after the point), Highest: 95, Passed: 2 of 3"
    )


def test_leaves_out_what_is_not_a_score(run_program):
    """Says Not a score for text, decimals, negative numbers and numbers above 100."""
    result = run_program("report.py", stdin="80\nabc\n7.5\n150\n-3\n60\n\n")
    stop_if_crashed(result)
    skipped = re.findall(r"Not a score: (\S+)", result.stdout)
    assert skipped == ["abc", "7.5", "150", "-3"], (
        "Only whole numbers from 0 to 100 are scores: for abc, 7.5, 150 and -3 the program "
        "should print Not a score: abc, Not a score: 7.5, and so on"
    )
    assert report(result) == ["2", "70.0", "80", "2 of 2"], (
        "With the valid scores 80 and 60 the report should be Scores: 2, Average: 70.0, "
        "Highest: 80, Passed: 2 of 2"
    )


def test_fifty_passes(run_program):
    """A score of exactly 50 passes; 49 does not."""
    result = run_program("report.py", stdin="50\n49\n\n")
    stop_if_crashed(result)
    assert shown(result, "Passed") == "1 of 2", (
        "For the scores 50 and 49 the program should print Passed: 1 of 2: "
        "a score of exactly 50 passes"
    )


def test_zero_and_hundred_are_scores(run_program):
    """0 and 100 are valid scores."""
    result = run_program("report.py", stdin="0\n100\n\n")
    stop_if_crashed(result)
    assert report(result) == ["2", "50.0", "100", "1 of 2"], (
        "0 and 100 are both valid scores: the report should be Scores: 2, Average: 50.0, "
        "Highest: 100, Passed: 1 of 2"
    )


def test_stops_at_the_empty_line(run_program):
    """Stops reading at the empty line."""
    result = run_program("report.py", stdin="70\n\n90\n")
    stop_if_crashed(result)
    assert report(result) == ["1", "70.0", "70", "1 of 1"], (
        "For the input 70, an empty line, then 90, only 70 counts: the report should be "
        "Scores: 1, Average: 70.0, Highest: 70, Passed: 1 of 1"
    )


def test_spaces_around_a_score(run_program):
    """Spaces around a score do not matter."""
    result = run_program("report.py", stdin=" 72 \n  95\n\n")
    stop_if_crashed(result)
    assert shown(result, "Scores") == "2", (
        'For the input " 72 " and "  95" the program should print Scores: 2: '
        "spaces around a score do not matter (strip them first)"
    )


def test_no_scores(run_program):
    """Without any valid score, prints No scores."""
    result = run_program("report.py", stdin="abc\n\n")
    stop_if_crashed(result)
    assert "No scores." in result.stdout, (
        "When no valid score was typed, the program should print No scores."
    )
    assert "Average" not in result.stdout, (
        "When no valid score was typed, there is no average: print only No scores."
    )


def last_lines(result, count):
    """The last count lines the program printed."""
    return result.stdout.rstrip("\n").splitlines()[-count:]


def test_report_lines_exactly(run_program):
    """The report lines look exactly like the example, with nothing added."""
    result = run_program("report.py", stdin="72\n95\nabc\n48\n\n")
    stop_if_crashed(result)
    lines = last_lines(result, 4)
    # The last question (Score: ) shares a line with the first report line.
    first = lines[0] if lines else "(nothing was printed)"
    assert first.endswith("Scores: 3"), "The report should start with the line: Scores: 3"
    assert lines[1:] == ["Average: 71.7", "Highest: 95", "Passed: 2 of 3"], (
        "The report should end with exactly these three lines: Average: 71.7, Highest: 95, "
        "Passed: 2 of 3 (no % sign or other words added, nothing printed after them)"
    )


def test_no_scores_is_the_single_line(run_program):
    """Without any valid score, the report is the single line No scores."""
    result = run_program("report.py", stdin="\n")
    stop_if_crashed(result)
    lines = last_lines(result, 1)
    assert lines and lines[0].endswith("No scores."), (
        "When no score was typed at all, the report should be the single line No scores."
    )
    assert "Scores:" not in result.stdout and "Passed" not in result.stdout, (
        "When no score was typed at all, print only No scores. (no Scores: 0 or Passed: line)"
    )


def test_squared_sign_is_not_a_score(run_program):
    """Says Not a score for ², which is a digit sign but not a number int() can read."""
    result = run_program("report.py", stdin="²\n60\n\n")
    stop_if_crashed(result)
    assert re.findall(r"Not a score: (\S+)", result.stdout) == ["²"], (
        "² is not a whole number from 0 to 100: the program should print Not a score: ²"
    )
    assert shown(result, "Scores") == "1", "With ² left out, only 60 counts: Scores: 1"


def test_just_above_hundred_is_not_a_score(run_program):
    """101 is not a score; 100 is."""
    result = run_program("report.py", stdin="101\n100\n\n")
    stop_if_crashed(result)
    assert re.findall(r"Not a score: (\S+)", result.stdout) == ["101"], (
        "Scores go up to 100: for 101 the program should print Not a score: 101"
    )
