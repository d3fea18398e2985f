from shelf import affordable, cheapest_first, most_expensive, product_names


def make_shelf():
    """A fresh copy of the example shelf for each test."""
    return [("tea", 3.5), ("bread", 2.25), ("cheese", 6.0), ("apples", 2.25), ("honey", 5.0)]


def test_cheapest_first():
    """Sorts by price, lowest first; equal prices keep their order."""
    result = cheapest_first(make_shelf())
    assert result is not None, (
        "cheapest_first should return a new list; it returned None "
        "(list.sort() sorts in place and returns None: use sorted())"
    )
    assert result == [("bread", 2.25), ("apples", 2.25), ("tea", 3.5), ("honey", 5.0), ("cheese", 6.0)], (
        "cheapest_first(shelf) should sort by price (the second item of each pair), lowest first: "
        "[('bread', 2.25), ('apples', 2.25), ('tea', 3.5), ('honey', 5.0), ('cheese', 6.0)]"
    )


def test_cheapest_first_leaves_the_shelf_alone():
    """Does not change the list it was given."""
    shelf = make_shelf()
    cheapest_first(shelf)
    assert shelf == make_shelf(), (
        "cheapest_first changed the list it was given: build a new sorted list with sorted()"
    )


def test_affordable_includes_the_budget():
    """Keeps the products that cost at most the budget, in order."""
    result = affordable(make_shelf(), 3.5)
    assert isinstance(result, list), (
        "affordable should return a list (filter() gives a lazy object: wrap it in list(...))"
    )
    assert result == [("tea", 3.5), ("bread", 2.25), ("apples", 2.25)], (
        "affordable(shelf, 3.5) should return [('tea', 3.5), ('bread', 2.25), ('apples', 2.25)], "
        "in the shelf's order: tea costs exactly 3.5, which is still in the budget"
    )


def test_affordable_with_tiny_budget():
    """Gives an empty list when nothing is affordable."""
    assert affordable(make_shelf(), 1) == [], "affordable(shelf, 1) should return [] (an empty list)"


def test_product_names():
    """Lists just the names, in order."""
    result = product_names(make_shelf())
    assert isinstance(result, list), (
        "product_names should return a list (map() gives a lazy object: wrap it in list(...))"
    )
    assert result == ["tea", "bread", "cheese", "apples", "honey"], (
        "product_names(shelf) should return ['tea', 'bread', 'cheese', 'apples', 'honey']"
    )


def test_most_expensive():
    """Finds the product with the highest price, or None on an empty shelf."""
    assert most_expensive(make_shelf()) == ("cheese", 6.0), (
        "most_expensive(shelf) should return ('cheese', 6.0): compare the prices, not the names"
    )
    assert most_expensive([]) is None, "most_expensive([]) should return None"
