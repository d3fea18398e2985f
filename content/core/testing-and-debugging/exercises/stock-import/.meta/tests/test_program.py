"""The whole program, run from the command line as `python stock_import.py FILE`."""

import pytest

import stock_import

STOCK = ["A-100 7", "B-7 10"]  # A to Z, though B-7 comes first in the file
WARNINGS = [
    'WARNING stock event=row_skipped line=4 reason="quantity must be a whole number above 0"',
    'WARNING stock event=row_skipped line=6 reason="missing sku"',
    'WARNING stock event=row_skipped line=7 reason="expected 2 fields"',
    'WARNING stock event=row_skipped line=8 reason="quantity must be a whole number above 0"',
]
DONE = "INFO stock event=import_done added=3 skipped=4"


def run(run_program, *args):
    result = run_program("stock_import.py", args=list(args))
    if result.returncode not in (0, 1) or "Traceback" in result.stderr:
        lines = result.stderr.strip().splitlines()
        error = lines[-1] if lines else f"exit code {result.returncode}"
        pytest.fail(f"The program stopped with an error: {error}", pytrace=False)
    return result


def test_prints_the_stock(run_program):
    """Prints each sku with its total, A to Z, and exits with 0."""
    result = run(run_program, "deliveries.csv")
    assert result.stdout.splitlines() == STOCK, (
        "python stock_import.py deliveries.csv should print the lines A-100 7 and B-7 10 "
        "(each sku and its total, A to Z) and nothing else on standard output: the log "
        "lines go to standard error"
    )
    assert result.returncode == 0, "After a successful import, the program should exit with 0"


def test_main_returns_0(tmp_path, capsys):
    """main() given the arguments as a list returns 0 after a successful import."""
    deliveries = tmp_path / "deliveries.csv"
    deliveries.write_text("sku,quantity\nA-100,4\n")
    assert stock_import.main([str(deliveries)]) == 0, (
        "main([path]) should return 0 after a successful import (sys.exit(main()) turns it "
        "into the exit code)"
    )
    assert capsys.readouterr().out.splitlines() == ["A-100 4"], (
        "main([path]) should print the stock: A-100 4"
    )


def test_logs_warnings_and_a_summary(run_program):
    """Logs a WARNING for each bad row and an INFO summary, but no DEBUG lines by default."""
    result = run(run_program, "deliveries.csv")
    assert result.stderr.splitlines() == WARNINGS + [DONE], (
        "Without --verbose the program should log, on standard error, one WARNING line per "
        "bad row and the INFO import_done line, each as LEVEL, logger name, message "
        "(format=\"%(levelname)s %(name)s %(message)s\", logger \"stock\"), and no DEBUG lines: basicConfig with "
        "level=logging.INFO"
    )


def test_verbose_also_logs_each_row_added(run_program):
    """With --verbose the DEBUG lines are shown too."""
    result = run(run_program, "deliveries.csv", "--verbose")
    assert result.stderr.splitlines() == [
        "DEBUG stock event=row_added line=2 sku=B-7 quantity=10",
        "DEBUG stock event=row_added line=3 sku=A-100 quantity=4",
        WARNINGS[0],
        "DEBUG stock event=row_added line=5 sku=A-100 quantity=3",
        *WARNINGS[1:],
        DONE,
    ], (
        "python stock_import.py deliveries.csv --verbose should also log a DEBUG row_added "
        "line for each good row: basicConfig with level=logging.DEBUG when --verbose is given"
    )
    assert result.stdout.splitlines() == STOCK, "--verbose should not change the stock printed"


def test_a_missing_file_is_an_error(run_program):
    """A file that does not exist is logged as an ERROR and the program exits with 1."""
    result = run(run_program, "missing.csv")
    assert result.stderr.splitlines() == ["ERROR stock event=file_missing path=missing.csv"], (
        "python stock_import.py missing.csv should log the one line "
        "ERROR stock event=file_missing path=missing.csv (catch FileNotFoundError), not crash"
    )
    assert result.returncode == 1, "When the file is missing, main() should return 1"
    assert result.stdout == "", "When the file is missing, nothing should be printed"
