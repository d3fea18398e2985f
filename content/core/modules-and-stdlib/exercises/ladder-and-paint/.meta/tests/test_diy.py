from diy import ladder_length, tins_needed


def test_ladder_for_a_three_four_five_triangle():
    """A wall of 4 m with the foot 3 m away needs a 5 m ladder."""
    assert ladder_length(4, 3) == 5.0, (
        "ladder_length(4, 3) should return 5.0 (the square root of 4² + 3²)"
    )


def test_ladder_is_rounded_to_two_decimals():
    """Rounds the ladder length to 2 decimals."""
    assert ladder_length(2.5, 1) == 2.69, (
        "ladder_length(2.5, 1) should return 2.69: the square root of 2.5² + 1² is 2.6925..., "
        "rounded to 2 decimals"
    )


def test_tins_round_up():
    """Buys enough tins: 25 m² at 10 m² a tin needs 3 tins."""
    assert tins_needed(25, 10) == 3, (
        "tins_needed(25, 10) should return 3: two tins only cover 20 m², so always round up"
    )


def test_tins_when_it_divides_exactly():
    """Buys no extra tin when the area divides exactly."""
    assert tins_needed(30, 10) == 3, (
        "tins_needed(30, 10) should return 3: three tins cover exactly 30 m²"
    )


def test_tins_for_small_and_odd_areas():
    """Rounds up for any leftover, however small."""
    assert tins_needed(0.5, 12) == 1, (
        "tins_needed(0.5, 12) should return 1: even a small patch needs one tin"
    )
    assert tins_needed(21, 10) == 3, (
        "tins_needed(21, 10) should return 3: 1 m² is left after two tins"
    )
    assert tins_needed(47.5, 12.5) == 4, (
        "tins_needed(47.5, 12.5) should return 4 (3.8 tins, rounded up)"
    )
