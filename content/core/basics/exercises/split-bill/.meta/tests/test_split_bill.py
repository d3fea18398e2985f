from split_bill import each_pays, left_over


def test_ten_euros_for_three():
    """Shares 1000 cents between 3 people."""
    assert each_pays(1000, 3) == 333, "each_pays(1000, 3) should return 333"
    assert left_over(1000, 3) == 1, "left_over(1000, 3) should return 1 (3 x 333 is 999)"


def test_rounds_down():
    """Rounds each share down, never up: nobody pays more than their share."""
    assert each_pays(2000, 3) == 666, (
        "each_pays(2000, 3) should return 666: round down, the 2 spare cents are left over"
    )
    assert left_over(2000, 3) == 2, "left_over(2000, 3) should return 2"


def test_answer_is_a_whole_number():
    """Gives whole numbers (int), even when the bill shares out exactly."""
    result = each_pays(900, 3)
    assert type(result) is int, (
        "each_pays(900, 3) should give a whole number (an int) such as 300, not 300.0: "
        "/ always gives a float, // gives a whole number"
    )
    assert result == 300, "each_pays(900, 3) should return 300"


def test_nothing_left_when_it_shares_exactly():
    """Nothing is left over when the bill shares out exactly."""
    assert left_over(900, 3) == 0, "left_over(900, 3) should return 0"


def test_more_people_than_cents():
    """With more people than cents, nobody pays and everything is left over."""
    assert each_pays(5, 7) == 0, "each_pays(5, 7) should return 0"
    assert left_over(5, 7) == 5, "left_over(5, 7) should return 5"


def test_shares_add_back_up_to_the_bill():
    """What everyone pays plus what is left over is exactly the bill."""
    for total, people in [(2000, 3), (4599, 4), (12345, 6)]:
        paid = each_pays(total, people) * people + left_over(total, people)
        assert paid == total, (
            f"each_pays({total}, {people}) * {people} + left_over({total}, {people}) "
            f"should add back up to {total}"
        )
