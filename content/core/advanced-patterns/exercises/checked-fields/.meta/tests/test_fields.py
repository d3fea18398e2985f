import pytest

from fields import Product, Ranged, Thermostat, Typed


def refused(kind, message, action, what, hint="check the value in __set__ before storing it"):
    """Run action(); it must raise `kind` with exactly `message`."""
    with pytest.raises(Exception) as caught:
        action()
        pytest.fail(f"{what} should raise {kind.__name__}({message!r}), but nothing was raised: "
                    f"{hint}", pytrace=False)
    error = caught.value
    assert isinstance(error, kind), (
        f"{what} should raise {kind.__name__}, not {type(error).__name__}: {error}"
    )
    assert str(error) == message, (
        f"{what} should raise {kind.__name__} with the message {message!r}; check the "
        "wording and that the message uses the attribute's name from __set_name__"
    )


def accepted(action, what, why=""):
    """Run action(), which must not raise; give back what it returned."""
    try:
        return action()
    except (TypeError, ValueError, AttributeError) as error:
        pytest.fail(f"{what} should be accepted, but it raised {type(error).__name__}: {error}"
                    + (f". {why}" if why else ""), pytrace=False)


def make_product(*args, why=""):
    return accepted(lambda: Product(*args), f"Product{args}", why)


def test_valid_values_are_stored_in_the_instance():
    """Accepted values are stored in the instance's __dict__ under the attribute's name."""
    pen = make_product("pen", 1.5, 3)
    assert (pen.name, pen.price, pen.stock) == ("pen", 1.5, 3), (
        "Product('pen', 1.5, 3) should give back name 'pen', price 1.5 and stock 3"
    )
    assert vars(pen) == {"name": "pen", "price": 1.5, "stock": 3}, (
        "vars(Product('pen', 1.5, 3)) should be {'name': 'pen', 'price': 1.5, 'stock': 3}: "
        "store each value in instance.__dict__[self.name]"
    )
    assert make_product("mug", 4).stock == 0, "Product('mug', 4) should have a stock of 0 (the default)"


def test_each_instance_keeps_its_own_values():
    """Two products do not share their values."""
    pen = make_product("pen", 1.5, 3)
    mug = make_product("mug", 8, 40)
    assert (pen.name, pen.price, pen.stock) == ("pen", 1.5, 3), (
        "After making a second product, the first one's values changed: the descriptor is one "
        "object shared by every instance, so store the value on the instance, not on self"
    )
    assert (mug.name, mug.price, mug.stock) == ("mug", 8, 40), "The second product should keep 'mug', 8 and 40"


def test_wrong_type_is_refused():
    """Typed refuses a value of the wrong type with a TypeError naming the attribute."""
    refused(TypeError, "name must be str, got int", lambda: Product(42, 1.0), "Product(42, 1.0)")
    refused(TypeError, "name must be str, got list", lambda: Product(["pen"], 1.0), "Product(['pen'], 1.0)")


def test_ranged_needs_a_number():
    """Ranged refuses what is not an int or a float."""
    refused(TypeError, "price must be a number, got str", lambda: Product("pen", "cheap"), "Product('pen', 'cheap')")
    refused(TypeError, "stock must be a number, got NoneType", lambda: Product("pen", 2, None),
            "Product('pen', 2, None)")
    assert make_product("pen", 2).price == 2, "An int is a number: Product('pen', 2) should be accepted"
    assert make_product("pen", 2.25).price == 2.25, "A float is a number: Product('pen', 2.25) should be accepted"


def test_out_of_range_is_refused():
    """Ranged refuses a number outside its range with a ValueError naming the attribute."""
    refused(ValueError, "price must be between 0 and 10000, got -1", lambda: Product("pen", -1), "Product('pen', -1)")
    refused(ValueError, "stock must be between 0 and 1000, got 1001", lambda: Product("pen", 1, 1001),
            "Product('pen', 1, 1001)")
    refused(ValueError, "price must be between 0 and 10000, got 10000.5", lambda: Product("pen", 10000.5),
            "Product('pen', 10000.5)")


def test_both_bounds_are_included():
    """low and high themselves are allowed."""
    for price, stock in [(0, 0), (10_000, 1_000)]:
        product = make_product("pen", price, stock, why="Both bounds are included: low <= value <= high")
        assert (product.price, product.stock) == (price, stock), (
            f"Product('pen', {price}, {stock}) should keep price {price} and stock {stock}: both "
            "bounds are included (low <= value <= high)"
        )


def test_assignments_after_init_are_checked():
    """Every assignment is checked, and a refused value is not stored."""
    pen = make_product("pen", 1.5, 3)
    refused(ValueError, "price must be between 0 and 10000, got -5", lambda: setattr(pen, "price", -5),
            "pen.price = -5")
    assert pen.price == 1.5, (
        f"After the refused pen.price = -5, pen.price is {pen.price!r}; it should still be 1.5: "
        "check the value first, and store it only when it is accepted"
    )
    refused(TypeError, "name must be str, got float", lambda: setattr(pen, "name", 3.0), "pen.name = 3.0")
    assert pen.name == "pen", "After the refused pen.name = 3.0, pen.name should still be 'pen'"
    accepted(lambda: setattr(pen, "stock", 7), "pen.stock = 7")
    assert pen.stock == 7 and vars(pen).get("stock") == 7, "pen.stock = 7 should store 7 in pen.__dict__"


def test_another_class_gets_its_own_names():
    """__set_name__ gives each descriptor its attribute's name, whatever the class."""
    kitchen = Thermostat("kitchen")
    refused(ValueError, "celsius must be between 5 and 30, got 40", lambda: setattr(kitchen, "celsius", 40),
            "Thermostat('kitchen').celsius = 40")
    refused(TypeError, "room must be str, got int", lambda: Thermostat(7), "Thermostat(7)")
    for ok in (5, 30, 21.5):
        accepted(lambda: setattr(kitchen, "celsius", ok), f"kitchen.celsius = {ok}",
                 "Both bounds are included: low <= value <= high")
        assert kitchen.celsius == ok, f"kitchen.celsius = {ok} should be accepted (the range is 5 to 30, included)"
    for wrong in (4.9, 30.1):
        refused(ValueError, f"celsius must be between 5 and 30, got {wrong}",
                lambda: setattr(kitchen, "celsius", wrong), f"kitchen.celsius = {wrong}")


def test_reading_an_unset_attribute():
    """Reading an attribute that was never set raises AttributeError naming it."""
    hall = Thermostat("hall")
    refused(AttributeError, "celsius has not been set", lambda: hall.celsius, "Thermostat('hall').celsius",
            hint="in __get__, a name missing from instance.__dict__ means the value was never set")
    assert vars(hall) == {"room": "hall"}, "A new Thermostat('hall') should store only {'room': 'hall'}"
    accepted(lambda: setattr(hall, "celsius", 19), "hall.celsius = 19")
    assert hall.celsius == 19, "After hall.celsius = 19, hall.celsius should be 19"


def test_the_class_gives_the_descriptor():
    """Product.price (on the class) is the descriptor itself, which knows its name."""
    price = Product.price
    assert isinstance(price, Ranged), (
        "Product.price should be the Ranged descriptor itself: in __get__, return self when "
        "instance is None"
    )
    assert price.name == "price" and (price.low, price.high) == (0, 10_000), (
        "Product.price should be the Ranged(0, 10_000) descriptor named 'price'"
    )
    assert isinstance(Product.name, Typed) and Product.name.kind is str, (
        "Product.name should be the Typed(str) descriptor itself"
    )
    assert isinstance(Thermostat.celsius, Typed), "Ranged should be a subclass of Typed"
    assert Thermostat.celsius.name == "celsius", "Thermostat.celsius should know its name: 'celsius'"
