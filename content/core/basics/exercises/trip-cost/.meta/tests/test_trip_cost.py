import re

import pytest


def shown(pattern, result, line):
    """The text matched by the last occurrence of pattern in the output, or a note that it is missing."""
    found = re.findall(pattern, result.stdout)
    return found[-1] if found else f"(no line '{line}' was printed)"


def fuel_shown(result):
    """The amount printed on the 'Fuel needed: ... litres' line."""
    return shown(r"Fuel needed: (\S+) litres", result, "Fuel needed: ... litres")


def cost_shown(result):
    """The amount printed on the 'Trip cost: ...' line."""
    return shown(r"Trip cost: (\S+)", result, "Trip cost: ...")


def stop_if_crashed(result):
    """Fail with the last line of the error if the program stopped with an error."""
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines()
        error = lines[-1] if lines else "(no error message)"
        pytest.fail(f"The program stopped with an error: {error}", pytrace=False)


def test_example_trip(run_program):
    """Works out the example trip: 300 km at 6.5 litres per 100 km, 1.80 a litre."""
    result = run_program("trip_cost.py", stdin="300\n6.5\n1.80\n")
    stop_if_crashed(result)
    assert fuel_shown(result) == "19.50", (
        "For 300 km at 6.5 litres per 100 km the program should print: Fuel needed: 19.50 litres"
    )
    assert cost_shown(result) == "35.10", (
        "At 1.80 per litre the program should print: Trip cost: 35.10"
    )


def test_two_decimals_for_whole_numbers(run_program):
    """Shows two digits after the decimal point, even for whole amounts."""
    result = run_program("trip_cost.py", stdin="120\n5\n2\n")
    stop_if_crashed(result)
    assert fuel_shown(result) == "6.00", (
        "For 120 km at 5 litres per 100 km the program should print Fuel needed: 6.00 litres "
        "(always two digits after the decimal point)"
    )
    assert cost_shown(result) == "12.00", (
        "At 2 per litre the program should print: Trip cost: 12.00"
    )


def test_distance_with_decimals(run_program):
    """Accepts a distance with decimals."""
    result = run_program("trip_cost.py", stdin="42.5\n8\n1.5\n")
    stop_if_crashed(result)
    assert fuel_shown(result) == "3.40", (
        "For 42.5 km at 8 litres per 100 km the program should print: Fuel needed: 3.40 litres"
    )
    assert cost_shown(result) == "5.10", (
        "At 1.5 per litre the program should print: Trip cost: 5.10"
    )


def test_another_trip(run_program):
    """Works out another trip, not just the example."""
    result = run_program("trip_cost.py", stdin="250\n7.2\n1.65\n")
    stop_if_crashed(result)
    assert fuel_shown(result) == "18.00", (
        "For 250 km at 7.2 litres per 100 km the program should print: Fuel needed: 18.00 litres"
    )
    assert cost_shown(result) == "29.70", (
        "At 1.65 per litre the program should print: Trip cost: 29.70"
    )


def test_last_two_lines_exactly(run_program):
    """The last two lines look exactly like the example, with nothing added."""
    result = run_program("trip_cost.py", stdin="300\n6.5\n1.80\n")
    stop_if_crashed(result)
    lines = result.stdout.rstrip("\n").splitlines()
    last_two = lines[-2:] if len(lines) >= 2 else lines
    # The questions from input() share a line with the first result line, so only its end is compared.
    assert len(last_two) == 2 and last_two[0].endswith("Fuel needed: 19.50 litres"), (
        "The second-to-last line should end with exactly: Fuel needed: 19.50 litres"
    )
    assert last_two[1] == "Trip cost: 35.10", (
        "The last line should be exactly: Trip cost: 35.10 (no unit or currency after the amount, "
        "no other line after it)"
    )
