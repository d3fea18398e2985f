"""The whole program, run as python report.py FILE."""

import pytest


def report_lines(run_program, *args):
    """Run the program and return the lines it printed."""
    result = run_program("report.py", args=list(args))
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines()
        error = lines[-1] if lines else "(no error message)"
        pytest.fail(f"The program stopped with an error: {error}", pytrace=False)
    return [line.rstrip() for line in result.stdout.splitlines() if line.strip()]


def test_example_file(run_program):
    """Prints the report of the example file."""
    assert report_lines(run_program, "sales.csv") == [
        "sales: 7",
        "east: 1029.00",
        "north: 26.00",
        "south: 428.00",
        "west: 999.00",
        "biggest sale: laptop (east) 999.00",
    ], (
        "python report.py sales.csv should print the report of the example: the number of "
        "sales, the regions from A to Z with two decimals, then the biggest sale"
    )


def test_file_with_no_sales(run_program, tmp_path):
    """A file with only the header: no sales."""
    empty = tmp_path / "empty.csv"
    empty.write_text("date,region,product,quantity,unit_price\n")
    assert report_lines(run_program, str(empty)) == ["sales: 0", "biggest sale: none"], (
        "For a file with only the header line the program should print sales: 0 and "
        "biggest sale: none"
    )


def test_a_bigger_file(run_program, tmp_path):
    """Reports on a file of 20,000 sales."""
    regions = ["north", "east", "south", "west", "centre"]
    products = [("pen", 2.5), ("lamp", 12.25), ("chair", 99.75), ("desk", 249.5)]
    totals = dict.fromkeys(regions, 0.0)
    best = None
    rows = ["date,region,product,quantity,unit_price"]
    for n in range(20_000):
        region = regions[n % 5]
        product, price = products[n % 4]
        quantity = n % 7 + 1
        rows.append(f"2024-{n % 12 + 1:02d}-01,{region},{product},{quantity},{price:.2f}")
        amount = quantity * price
        totals[region] += amount
        if best is None or amount > best[2]:
            best = (region, product, amount)
    sales = tmp_path / "year.csv"
    sales.write_text("\n".join(rows) + "\n")
    expected = ["sales: 20000"]
    expected += [f"{region}: {totals[region]:.2f}" for region in sorted(totals)]
    expected.append(f"biggest sale: {best[1]} ({best[0]}) {best[2]:.2f}")
    assert report_lines(run_program, str(sales)) == expected, (
        "For a file of 20,000 sales the report should be: " + "; ".join(expected)
    )


@pytest.mark.parametrize("args", [[], ["sales.csv", "extra.csv"]], ids=["no file", "two files"])
def test_usage(run_program, args):
    """Without exactly one file name, the program says how to use it and fails."""
    result = run_program("report.py", args=args)
    assert result.returncode != 0, (
        f"Run with {len(args)} arguments, the program should stop with an error code: "
        'sys.exit("usage: python report.py SALES_FILE")'
    )
    assert "usage: python report.py SALES_FILE" in result.stderr, (
        "Run with the wrong number of arguments, the program should print "
        "usage: python report.py SALES_FILE (sys.exit with that text prints it)"
    )
