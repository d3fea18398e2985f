import importlib

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


def test_format_money():
    """money.format_money shows cents with two decimals."""
    from money import format_money

    assert format_money(1250) == "12.50", 'format_money(1250) should return "12.50"'
    assert format_money(5) == "0.05", 'format_money(5) should return "0.05"'
    assert format_money(100) == "1.00", 'format_money(100) should return "1.00"'
    assert format_money(0) == "0.00", 'format_money(0) should return "0.00"'


def test_receipt_lines():
    """receipt_lines lists each item and the total."""
    from receipt import receipt_lines

    assert receipt_lines(["apple", "milk"]) == ["apple: 0.45", "milk: 1.19", "Total: 1.64"], (
        'receipt_lines(["apple", "milk"]) should return ["apple: 0.45", "milk: 1.19", "Total: 1.64"]'
    )
    assert receipt_lines([]) == ["Total: 0.00"], 'receipt_lines([]) should return ["Total: 0.00"]'


def test_items_the_shop_does_not_sell():
    """An unknown item is marked and adds nothing to the total."""
    from receipt import receipt_lines

    assert receipt_lines(["apple", "caviar", "milk"]) == [
        "apple: 0.45",
        "caviar: not sold here",
        "milk: 1.19",
        "Total: 1.64",
    ], (
        'receipt_lines(["apple", "caviar", "milk"]) should return '
        '["apple: 0.45", "caviar: not sold here", "milk: 1.19", "Total: 1.64"]: '
        "price_of gives None for caviar"
    )


def test_importing_runs_nothing(capsys):
    """Importing receipt.py defines its functions but does not run the program."""
    import receipt

    capsys.readouterr()  # forget whatever an earlier import printed
    importlib.reload(receipt)  # import it again, now while watching the output
    printed = capsys.readouterr().out
    assert not printed, (
        "Importing receipt.py printed something. Importing should only define the "
        'functions: call main() under if __name__ == "__main__":'
    )


def test_runs_as_a_program(run_program):
    """python receipt.py bread apple apple prints the receipt."""
    result = run_program("receipt.py", args=["bread", "apple", "apple"])
    stop_if_crashed(result)
    assert result.stdout.splitlines() == [
        "bread: 2.50",
        "apple: 0.45",
        "apple: 0.45",
        "Total: 3.40",
    ], (
        "python receipt.py bread apple apple should print the receipt: the lines bread: 2.50, "
        "apple: 0.45, apple: 0.45 and Total: 3.40"
    )


def test_program_without_items(run_program):
    """python receipt.py with no items prints a total of 0.00."""
    result = run_program("receipt.py")
    stop_if_crashed(result)
    assert result.stdout.splitlines() == ["Total: 0.00"], (
        "python receipt.py with no item names should print the receipt: just the line Total: 0.00"
    )
