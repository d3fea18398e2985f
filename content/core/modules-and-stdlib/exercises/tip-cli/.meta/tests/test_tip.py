import pytest


def stop_if_crashed(result):
    """Fail with the last line of the error if the program stopped with an error."""
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines()
        error = lines[-1] if lines else "(no error message)"
        pytest.fail(
            f"The program stopped with an error (exit code {result.returncode}): {error}",
            pytrace=False,
        )


def test_help(run_program):
    """python tip.py --help prints a help page and exits with code 0."""
    result = run_program("tip.py", args=["--help"])
    assert result.returncode == 0, (
        "python tip.py --help should print the help and exit with code 0 (argparse does this)"
    )
    assert "usage" in result.stdout.lower(), (
        "python tip.py --help should print a help page that starts with usage:"
    )
    assert "--people" in result.stdout, "The help page should list the --people option"


def test_missing_bill(run_program):
    """Without a bill, it prints the usage on stderr and exits with code 2."""
    result = run_program("tip.py")
    assert "usage" in result.stderr.lower(), (
        "python tip.py without a bill should print a usage message on stderr: make bill a positional argument "
        'of argparse: parser.add_argument("bill", type=float)'
    )
    assert result.returncode == 2, (
        "python tip.py without a bill should exit with code 2: a positional argument is required, "
        "and argparse exits with code 2 when it is missing"
    )


def test_default_tip(run_program):
    """python tip.py 50 uses a 10 % tip and one person."""
    result = run_program("tip.py", args=["50"])
    stop_if_crashed(result)
    assert result.stdout.splitlines() == ["Tip: 5.00", "Total: 55.00", "Per person: 55.00"], (
        "python tip.py 50 should print Tip: 5.00, Total: 55.00 and Per person: 55.00 (a 10 % tip, 1 person)"
    )


def test_tip_and_people(run_program):
    """The options --tip and --people change the result, in any order."""
    result = run_program("tip.py", args=["80", "--tip", "15", "--people", "4"])
    stop_if_crashed(result)
    assert result.stdout.splitlines() == ["Tip: 12.00", "Total: 92.00", "Per person: 23.00"], (
        "python tip.py 80 --tip 15 --people 4 should print Tip: 12.00, Total: 92.00 and Per person: 23.00"
    )
    result = run_program("tip.py", args=["--people", "3", "45.5", "--tip", "20"])
    stop_if_crashed(result)
    assert result.stdout.splitlines() == ["Tip: 9.10", "Total: 54.60", "Per person: 18.20"], (
        "python tip.py --people 3 45.5 --tip 20 should print Tip: 9.10, Total: 54.60 and Per person: 18.20"
    )


def test_values_that_are_not_numbers(run_program):
    """A bill or a number of people that is not a number is rejected with exit code 2."""
    result = run_program("tip.py", args=["ten"])
    assert result.returncode == 2 and "usage" in result.stderr.lower(), (
        "python tip.py ten should print a usage message on stderr and exit with code 2: "
        "give bill type=float"
    )
    result = run_program("tip.py", args=["20", "--people", "two"])
    assert result.returncode == 2 and "usage" in result.stderr.lower(), (
        "python tip.py 20 --people two should print a usage message on stderr and exit with code 2: "
        "give --people type=int"
    )


def test_people_at_least_one(run_program):
    """--people 0 is refused with a clear message and exit code 2."""
    result = run_program("tip.py", args=["20", "--people", "0"])
    assert "--people must be at least 1" in result.stderr, (
        "python tip.py 20 --people 0 should print --people must be at least 1 on stderr: "
        'use parser.error("--people must be at least 1")'
    )
    assert result.returncode == 2, "python tip.py 20 --people 0 should exit with code 2"


def test_tip_with_decimals(run_program):
    """--tip accepts a number with decimals."""
    result = run_program("tip.py", args=["40", "--tip", "12.5"])
    assert result.returncode == 0, (
        "python tip.py 40 --tip 12.5 should work and exit with code 0: the tip is a number that "
        f"may have decimals (type=float). It stopped with: {result.stderr.strip()[-200:]}"
    )
    assert result.stdout.splitlines() == ["Tip: 5.00", "Total: 45.00", "Per person: 45.00"], (
        "python tip.py 40 --tip 12.5 should print Tip: 5.00, Total: 45.00 and Per person: 45.00: "
        "the tip is a number that may have decimals (type=float)"
    )


def test_people_must_be_a_whole_number(run_program):
    """--people 2.5 is refused: people come in whole numbers."""
    result = run_program("tip.py", args=["20", "--people", "2.5"])
    assert result.returncode == 2 and "usage" in result.stderr.lower(), (
        "python tip.py 20 --people 2.5 should print a usage message on stderr and exit with code 2: "
        "--people is a whole number (type=int)"
    )


def test_negative_people_refused_with_only_the_message(run_program):
    """--people -3 is refused too, and nothing but the error is printed."""
    result = run_program("tip.py", args=["20", "--people", "-3"])
    assert "--people must be at least 1" in result.stderr and result.returncode == 2, (
        "python tip.py 20 --people -3 should print --people must be at least 1 on stderr and exit "
        "with code 2: check people < 1, not only people == 0"
    )
    assert result.stdout == "", (
        "When --people is refused, the program should print nothing on stdout (no Tip or Total lines)"
    )
