from stock import restock


def test_example_delivery():
    """Works out the stock after the example delivery."""
    result = restock({"apples": 10, "pears": 4}, {"pears": 6, "figs": 12})
    assert result is not None, "restock should return the new dictionary; it returned None"
    assert result == {"apples": 10, "pears": 10, "figs": 12}, (
        "restock({'apples': 10, 'pears': 4}, {'pears': 6, 'figs': 12}) should return "
        "{'apples': 10, 'pears': 10, 'figs': 12}"
    )


def test_adds_to_what_is_there():
    """Adds a delivered amount to the amount already on the shelf."""
    result = restock({"milk": 3}, {"milk": 5})
    assert result == {"milk": 8}, (
        "3 milk on the shelf and 5 delivered make 8: add the delivered amount to what is "
        "already on the shelf instead of replacing it"
    )


def test_new_product():
    """A product the shop did not have yet is added with the delivered amount."""
    result = restock({"bread": 2}, {"jam": 7})
    assert result == {"bread": 2, "jam": 7}, (
        "restock({'bread': 2}, {'jam': 7}) should return {'bread': 2, 'jam': 7}: jam is new in the shop"
    )


def test_leaves_the_stock_alone():
    """Does not change the stock dictionary it was given."""
    shelf = {"apples": 10, "pears": 4}
    restock(shelf, {"pears": 6, "figs": 12})
    assert shelf == {"apples": 10, "pears": 4}, (
        "restock changed the stock dictionary it was given: work on a copy "
        "(stock.copy()) and return that"
    )


def test_empty_delivery():
    """With nothing delivered, the stock stays as it was, in a new dictionary."""
    shelf = {"tea": 1}
    result = restock(shelf, {})
    assert result == {"tea": 1}, "restock({'tea': 1}, {}) should return {'tea': 1}"
    assert result is not shelf, (
        "restock returned the very dictionary it was given: it should return a new one"
    )


def test_leaves_the_delivery_alone():
    """Does not change the delivery dictionary it was given either."""
    shelf = {"apples": 10, "pears": 4}
    delivery = {"pears": 6, "figs": 12}
    result = restock(shelf, delivery)
    assert delivery == {"pears": 6, "figs": 12}, (
        "restock changed the delivery dictionary it was given: leave both dictionaries as "
        "they were and build the answer in a new one"
    )
    assert result is not delivery, (
        "restock returned the very delivery dictionary it was given: it should return a new one"
    )
