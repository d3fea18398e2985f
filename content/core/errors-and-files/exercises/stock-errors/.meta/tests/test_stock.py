import stock as shop


def exception_class(name):
    """The exception class called name in stock.py, or None if there is none."""
    found = getattr(shop, name, None)
    if isinstance(found, type) and issubclass(found, BaseException):
        return found
    return None


def attempt(call, *args):
    """Call call(*args): give back (the name of the error it raised, the error), or a note that it raised none."""
    try:
        value = call(*args)
    except Exception as error:
        return type(error).__name__, error
    return f"no error (it returned {value!r})", None


def test_the_two_exception_classes():
    """Defines UnknownProduct and OutOfStock as kinds of OrderError."""
    for name in ["UnknownProduct", "OutOfStock"]:
        found = exception_class(name)
        assert found is not None, (
            f"stock.py should define an exception class {name}: class {name}(OrderError):"
        )
        assert issubclass(found, shop.OrderError), (
            f"{name} should be a kind of OrderError, so that except OrderError catches it: "
            f"write class {name}(OrderError):, not class {name}(Exception):"
        )


def test_takes_items_off_the_stock():
    """Returns the stock with the items taken off."""
    stock = {"apples": 10, "pears": 3}
    assert shop.take_from_stock(stock, "apples", 4) == {"apples": 6, "pears": 3}, (
        'take_from_stock({"apples": 10, "pears": 3}, "apples", 4) should return {"apples": 6, "pears": 3}'
    )
    kind, _ = attempt(shop.take_from_stock, {"pears": 3}, "pears", 3)
    assert kind.startswith("no error"), (
        "Taking all 3 pears that are left should work: "
        "only raise OutOfStock when quantity is more than what is left"
    )
    assert shop.take_from_stock({"pears": 3}, "pears", 3) == {"pears": 0}, (
        'Taking all 3 pears should return {"pears": 0}'
    )


def test_leaves_the_given_stock_alone():
    """Does not change the dictionary it was given."""
    stock = {"apples": 10, "pears": 3}
    shop.take_from_stock(stock, "apples", 4)
    assert stock == {"apples": 10, "pears": 3}, (
        "take_from_stock changed the dictionary it was given: make a copy with dict(stock), "
        "change the copy and return it"
    )


def test_unknown_product():
    """Raises UnknownProduct, naming the product, for something the shop does not sell."""
    kind, error = attempt(shop.take_from_stock, {"apples": 10}, "bananas", 1)
    assert kind == "UnknownProduct", (
        'take_from_stock({"apples": 10}, "bananas", 1) should raise UnknownProduct: the shop '
        "sells no bananas. Check `product not in stock` before you look the product up"
    )
    assert "bananas" in str(error), "The UnknownProduct message should name the product, bananas"


def test_out_of_stock():
    """Raises OutOfStock with a message that names the product and both numbers."""
    kind, error = attempt(shop.take_from_stock, {"apples": 10, "pears": 3}, "pears", 5)
    assert kind == "OutOfStock", (
        'take_from_stock(stock, "pears", 5) should raise OutOfStock: only 3 pears are left'
    )
    message = str(error)
    assert "pears" in message and "3" in message and "5" in message, (
        "The OutOfStock message should name the product and both numbers, "
        "like: only 3 pears left, asked for 5"
    )


def test_one_except_catches_both():
    """Both problems can be caught with a single except OrderError."""
    caught = []
    for product, quantity in [("kiwis", 1), ("apples", 2)]:
        try:
            shop.take_from_stock({"apples": 1}, product, quantity)
        except shop.OrderError as error:
            caught.append(type(error).__name__)
        except Exception as error:
            caught.append(f"{type(error).__name__}, which is not an OrderError")
        else:
            caught.append("no error")
    assert caught == ["UnknownProduct", "OutOfStock"], (
        "except OrderError should catch both an unknown product and too few items: "
        "raise UnknownProduct and OutOfStock, and make both kinds of OrderError"
    )


def test_messages_exactly():
    """The two messages read exactly as in the instructions."""
    _, error = attempt(shop.take_from_stock, {"apples": 10}, "bananas", 1)
    assert str(error) == "we do not sell bananas", (
        "The UnknownProduct message for bananas should be exactly: we do not sell bananas"
    )
    _, error = attempt(shop.take_from_stock, {"apples": 10, "pears": 3}, "pears", 5)
    assert str(error) == "only 3 pears left, asked for 5", (
        "The OutOfStock message for 3 pears left and 5 asked for should be exactly: "
        "only 3 pears left, asked for 5"
    )
