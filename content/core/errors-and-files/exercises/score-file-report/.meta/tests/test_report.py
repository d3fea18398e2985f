import re

import pytest


def stop_if_crashed(result):
    """Fail with the last line of the error if the program stopped with an error."""
    if result.returncode != 0 or "Traceback" in result.stderr:
        lines = result.stderr.strip().splitlines()
        error = lines[-1] if lines else "(no error message)"
        pytest.fail(f"The program stopped with an error: {error}", pytrace=False)


def shown(label, result):
    """What the program printed after label (the last time), or a note that it printed no such line."""
    found = re.findall(re.escape(label) + r" ?(.*)", result.stdout)
    return found[-1].strip() if found else f"(no line '{label} ...' was printed)"


def skipped_lines(result):
    """Every 'Line N skipped: ...' line the program printed, in order."""
    return [line.strip() for line in re.findall(r"Line \d+ skipped: .*", result.stdout)]


def test_report_on_a_clean_file(run_program):
    """Prints the number of students, the average and the best student."""
    result = run_program("report.py", stdin="class-a.csv\n")
    stop_if_crashed(result)
    assert shown("Students:", result) == "4", "For class-a.csv the program should print: Students: 4"
    assert shown("Average:", result) == "78.25", (
        "For class-a.csv the program should print Average: 78.25 (always two decimals)"
    )
    assert shown("Best:", result) == "Grace (95)", "For class-a.csv the program should print: Best: Grace (95)"


def test_skips_bad_scores(run_program):
    """Reports each score that is not a whole number, with its line number, and goes on."""
    result = run_program("report.py", stdin="class-b.csv\n")
    stop_if_crashed(result)
    assert skipped_lines(result) == [
        "Line 3 skipped: 'absent' is not a whole number",
        "Line 5 skipped: '' is not a whole number",
        "Line 7 skipped: '12.5' is not a whole number",
    ], (
        "For class-b.csv the program should report lines 3, 5 and 7, like: "
        "Line 3 skipped: 'absent' is not a whole number (count the header as line 1)"
    )
    assert shown("Students:", result) == "3", "class-b.csv has 3 valid scores: print Students: 3"
    assert shown("Average:", result) == "79.67", (
        "For class-b.csv the program should print Average: 79.67 (two decimals, as with f\"{average:.2f}\")"
    )
    assert shown("Best:", result) == "Barbara (81)", (
        "Barbara and Ken both have 81: the program should print Best: Barbara (81), the first one in the file"
    )


def test_names_with_commas(run_program):
    """Reads quoted names that contain a comma."""
    result = run_program("report.py", stdin="class-c.csv\n")
    stop_if_crashed(result)
    assert skipped_lines(result) == [], (
        "class-c.csv has only valid scores, so no line should be skipped. Names such as "
        '"Lovelace, Ada" contain a comma: read the file with the csv module'
    )
    assert shown("Best:", result) == "Lovelace, Ada (97)", (
        "For class-c.csv the program should print: Best: Lovelace, Ada (97)"
    )


def test_missing_file(run_program):
    """Says the file was not found instead of crashing."""
    result = run_program("report.py", stdin="no-such-file.csv\n")
    assert "Traceback" not in result.stderr, (
        "For a file that does not exist the program should not crash with a traceback: "
        "catch FileNotFoundError"
    )
    assert "File not found: no-such-file.csv" in result.stdout, (
        "For a file that does not exist the program should print: File not found: no-such-file.csv"
    )


def test_no_valid_scores(run_program):
    """Prints No scores to report. when there is nothing to average."""
    for name in ["only-header.csv", "all-bad.csv"]:
        result = run_program("report.py", stdin=f"{name}\n")
        stop_if_crashed(result)
        assert "No scores to report." in result.stdout, (
            f"{name} has no valid score: the program should print No scores to report. "
            "(and not divide by zero)"
        )
        assert "Average:" not in result.stdout, f"For {name} there is no average to print"


def test_average_always_two_decimals_and_first_best(run_program):
    """Shows the average with exactly two decimals, and the first of two best students."""
    result = run_program("report.py", stdin="class-d.csv\n")
    stop_if_crashed(result)
    assert shown("Average:", result) == "81.50", (
        "For class-d.csv (90, 71, 90, 75) the program should print Average: 81.50: exactly two "
        'decimals, as f"{average:.2f}" gives; round(average, 2) shows 81.5'
    )
    assert shown("Best:", result) == "Zed (90)", (
        "Zed and Ada both have 90, the best score: the program should print Best: Zed (90), "
        "the one that comes first in the file"
    )


def test_missing_file_message_is_all(run_program):
    """For a missing file, the message is the only thing printed after the question."""
    result = run_program("report.py", stdin="no-such-file.csv\n")
    stop_if_crashed(result)
    for word in ["Students:", "Average:", "No scores"]:
        assert word not in result.stdout, (
            "For a file that does not exist the program should print File not found: ... "
            f"and stop; it went on and printed {word}. Return from main() after the message"
        )
