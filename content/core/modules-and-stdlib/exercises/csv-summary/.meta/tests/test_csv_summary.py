import pytest

SHOP = [
    "Rows: 6",
    "Columns: 4",
    "product: text",
    "  most common: apple (1), bread (1), milk (1)",
    "category: text",
    "  most common: fruit (3), dairy (2), bakery (1)",
    "quantity: number",
    "  min: 2",
    "  max: 12",
    "  mean: 6.33",
    "price: number",
    "  min: 0.25",
    "  max: 3.99",
    "  mean: 1.50",
]

GRADES = [
    "Rows: 5",
    "Columns: 5",
    "student: text",
    "  most common: Ana (1), Ben (1), Cleo (1)",
    "score: number",
    "  empty: 1",
    "  min: 9",
    "  max: 18",
    "  mean: 14.00",
    "grade: text",
    "  empty: 1",
    "  most common: C (2), B (1), A (1)",
    "room: text",
    "  most common: 12 (3), B4 (1), 7 (1)",
    "notes: no values",
]

ORDERS = [
    "Rows: 3",
    "Columns: 3",
    "order: number",
    "  min: 1001",
    "  max: 1005",
    "  mean: 1003.00",
    "customer: text",
    "  most common: Ann (2), Bo (1)",
    "total: number",
    "  min: 12",
    "  max: 30",
    "  mean: 22.50",
]


def last_error_line(result):
    """The last line the program printed on stderr: for a crash, the error itself."""
    lines = result.stderr.strip().splitlines()
    return lines[-1] if lines else "(no error message)"


def stop_if_crashed(result):
    """Fail with the last line of the error if the program stopped with an error."""
    if result.returncode != 0:
        pytest.fail(
            f"The program stopped with exit code {result.returncode}: {last_error_line(result)}",
            pytrace=False,
        )


def check_summary(result, expected, file):
    """Compare the printed summary with the expected one, line by line."""
    stop_if_crashed(result)
    lines = result.stdout.splitlines()
    for number, wanted in enumerate(expected, start=1):
        got = lines[number - 1] if number <= len(lines) else "(nothing: the output stopped early)"
        assert got == wanted, f"Line {number} of the summary of {file} should be {wanted!r}"
    assert len(lines) == len(expected), (
        f"The summary of {file} should have {len(expected)} lines and then stop, but the program printed "
        f"{len(lines)} lines"
    )


def test_summary_of_a_normal_file(run_program):
    """Summarises a normal file with text and number columns."""
    result = run_program("csv_summary.py", args=["shop.csv"])
    check_summary(result, SHOP, "shop.csv")


def test_empty_cells(run_program):
    """Leaves empty cells out of the statistics and counts them."""
    result = run_program("csv_summary.py", args=["grades.csv"])
    check_summary(result, GRADES, "grades.csv")


def test_rows_with_wrong_number_of_fields(run_program):
    """Skips rows with too few or too many fields, with a warning on stderr."""
    result = run_program("csv_summary.py", args=["orders.csv"])
    check_summary(result, ORDERS, "orders.csv")
    for warning in [
        "Warning: line 3 has 2 fields, expected 3; skipped",
        "Warning: line 6 has 4 fields, expected 3; skipped",
    ]:
        assert warning in result.stderr, (
            f"For orders.csv the program should print on stderr: {warning} "
            "(the header is line 1, and blank lines count too)"
        )
    assert "line 5" not in result.stderr, "Line 5 of orders.csv is blank: skip it without a warning"


def test_header_only(run_program):
    """A file with only a header has 0 rows and no values."""
    result = run_program("csv_summary.py", args=["header_only.csv"])
    check_summary(
        result,
        ["Rows: 0", "Columns: 3", "name: no values", "age: no values", "city: no values"],
        "header_only.csv",
    )


def test_missing_file_or_no_file_name(run_program):
    """A file that does not exist, or no file name, gives a clear message and no traceback."""
    result = run_program("csv_summary.py", args=["missing.csv"])
    assert "Traceback" not in result.stderr, (
        "For a file that does not exist, print a clear message without a traceback: "
        f"catch FileNotFoundError. Your program stopped with: {last_error_line(result)}"
    )
    assert "Error: cannot find missing.csv" in result.stderr, (
        "python csv_summary.py missing.csv should print Error: cannot find missing.csv on stderr"
    )
    assert result.returncode == 1, "python csv_summary.py missing.csv should exit with code 1"
    result = run_program("csv_summary.py")
    assert result.returncode == 2 and "usage" in result.stderr.lower(), (
        "python csv_summary.py without a file name should print the usage on stderr and exit with "
        "code 2: let argparse read a positional argument"
    )


def test_completely_empty_file(run_program):
    """A file with nothing in it, not even a header, is an error."""
    result = run_program("csv_summary.py", args=["empty.csv"])
    assert "Traceback" not in result.stderr, (
        "For a completely empty file, print a clear message without a traceback. "
        f"Your program stopped with: {last_error_line(result)}"
    )
    assert "Error: empty.csv is empty" in result.stderr, (
        "python csv_summary.py empty.csv should print Error: empty.csv is empty on stderr"
    )
    assert result.returncode == 1, "python csv_summary.py empty.csv should exit with code 1"


MESSY = [
    "Rows: 4",
    "Columns: 3",
    "name: text",
    "  most common: Lee, Ann (2), Bo (1), Cy (1)",
    "city: text",
    "  most common: Paris (2), Rome (1), Oslo (1)",
    "visits: number",
    "  empty: 1",
    "  min: 2",
    "  max: 5",
    "  mean: 3.33",
]


def test_spaces_and_quoted_commas(run_program):
    """Strips spaces around cells and column names, and reads quoted fields with commas."""
    result = run_program("csv_summary.py", args=["messy.csv"])
    check_summary(result, MESSY, "messy.csv")
    assert "Warning" not in result.stderr, (
        'messy.csv has a quoted name with a comma, "Lee, Ann": it is one field, so no row should '
        "be skipped. Read the file with csv.reader instead of splitting at commas"
    )


def test_error_message_is_the_only_output(run_program):
    """For a missing or empty file, the one-line error is all the program prints."""
    for file, message in [
        ("missing.csv", "Error: cannot find missing.csv"),
        ("empty.csv", "Error: empty.csv is empty"),
    ]:
        result = run_program("csv_summary.py", args=[file])
        assert result.stdout == "", (
            f"For {file} the program should print nothing on stdout, only the error on stderr"
        )
        assert result.stderr.strip() == message, (
            f"For {file} the program should print exactly one line on stderr: {message}"
        )
