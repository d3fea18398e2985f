from discounts import best_price, make_discount


def test_makes_a_function():
    """make_discount gives back a function."""
    ten_off = make_discount(10)
    assert callable(ten_off), (
        "make_discount(10) should return a function: define a function inside it "
        "and return that function without brackets"
    )


def test_ten_percent_off():
    """The function takes the right amount off."""
    ten_off = make_discount(10)
    assert ten_off(50) == 45.0, "make_discount(10) gives a function; calling it on 50 should return 45.0"
    assert ten_off(200) == 180.0, "make_discount(10) gives a function; calling it on 200 should return 180.0"


def test_rounds_to_cents():
    """Rounds the new price to 2 decimals."""
    ten_off = make_discount(10)
    assert ten_off(19.99) == 17.99, (
        "make_discount(10) called on 19.99 should return 17.99 "
        "(17.991 rounded to 2 decimals with round(value, 2))"
    )


def test_each_discount_remembers_its_own_percent():
    """Two discount functions do not mix up their percentages."""
    ten_off = make_discount(10)
    half_price = make_discount(50)
    assert half_price(9) == 4.5, "make_discount(50) called on 9 should return 4.5"
    assert ten_off(50) == 45.0, (
        "make_discount(10) called on 50 should still return 45.0 after make_discount(50) "
        "was made: each function remembers its own percent"
    )


def test_best_price_picks_the_lowest():
    """best_price tries every discount and keeps the lowest price."""
    sales = [make_discount(10), make_discount(25), make_discount(5)]
    assert best_price(100, sales) == 75.0, (
        "best_price(100, [10 %, 25 %, 5 % off]) should return 75.0: the lowest price of all"
    )


def test_best_price_with_any_function():
    """best_price works with any function, such as a lambda, and with no discounts at all."""
    minus_five = lambda price: price - 5
    assert best_price(30, [minus_five, make_discount(20)]) == 24.0, (
        "best_price(30, [lambda price: price - 5, 20 % off]) should return 24.0 (20 % off beats 5 off)"
    )
    assert best_price(100, []) == 100, "best_price(100, []) should return 100: no discount, same price"


def test_best_price_never_worse_than_no_discount():
    """Keeps the price when every function would make it higher."""
    def add_fee(price):
        return price + 5

    assert best_price(100, [add_fee]) == 100, (
        "best_price(100, [add_fee]) should return 100: add_fee makes it 105, so using no "
        "function at all is the lowest price. Start from the price itself, not from the "
        "first function's result"
    )
    assert best_price(100, [add_fee, make_discount(10)]) == 90.0, (
        "best_price(100, [add_fee, make_discount(10)]) should return 90.0"
    )
