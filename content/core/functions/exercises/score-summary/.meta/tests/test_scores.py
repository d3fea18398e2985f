from scores import summarize


def three_values(result, call):
    """Check that result holds three values, with a message that names the call."""
    assert result is not None, (
        f"{call} returned None: give the three values back with return, do not print them"
    )
    assert isinstance(result, tuple) and len(result) == 3, (
        f"{call} should return three values together, like return a, b, c "
        "(a second return line never runs)"
    )
    return result


def test_example_class():
    """Summarises the example class: lowest, highest and average."""
    result = three_values(summarize([72, 95, 88, 61]), "summarize([72, 95, 88, 61])")
    assert result == (61, 95, 79.0), (
        "summarize([72, 95, 88, 61]) should return (61, 95, 79.0): "
        "the lowest score, the highest score and the average"
    )


def test_result_can_be_unpacked():
    """Gives back three values that unpack into three names."""
    lowest, highest, average = three_values(summarize([50, 60]), "summarize([50, 60])")
    assert (lowest, highest) == (50, 60), "For [50, 60] the lowest is 50 and the highest is 60"
    assert average == 55.0, "For [50, 60] the average should be 55.0"


def test_average_keeps_decimals():
    """Keeps the decimals of the average instead of cutting them off."""
    result = three_values(summarize([70, 71]), "summarize([70, 71])")
    assert result == (70, 71, 70.5), (
        "summarize([70, 71]) should return (70, 71, 70.5): the average 70.5 keeps its "
        "decimals (use /, not //)"
    )


def test_average_rounded_to_one_decimal():
    """Rounds the average to one decimal place."""
    result = three_values(summarize([10, 10, 11]), "summarize([10, 10, 11])")
    assert result == (10, 11, 10.3), (
        "summarize([10, 10, 11]) should return (10, 11, 10.3): "
        "31 / 3 is 10.333..., rounded to 1 decimal with round(value, 1)"
    )


def test_one_score():
    """A single score is the lowest, the highest and the average."""
    result = three_values(summarize([42]), "summarize([42])")
    assert result == (42, 42, 42.0), "summarize([42]) should return (42, 42, 42.0)"


def test_no_scores():
    """Returns None when there are no scores."""
    assert summarize([]) is None, "summarize([]) should return None: an empty list has no lowest score"


def test_scores_below_zero():
    """Works for scores below zero too (a quiz that takes points off for wrong answers)."""
    result = summarize([-5, -2, -9])
    assert result == (-9, -2, -5.3), (
        "summarize([-5, -2, -9]) should return (-9, -2, -5.3): the highest score is -2. "
        "If you look for the highest starting from 0, no score ever beats it: start from "
        "the first score, or use max()"
    )
