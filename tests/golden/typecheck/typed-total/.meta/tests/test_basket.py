from basket import total


def test_adds_the_prices():
    assert total([1.5, 2.5, 3.0]) == 7.0, "total([1.5, 2.5, 3.0]) should return 7.0"


def test_an_empty_basket_costs_nothing():
    assert total([]) == 0, "total([]) should return 0"
