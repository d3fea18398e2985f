from shopping import with_item


def test_adds_the_item_at_the_end():
    """Gives back the list with the new item at the end."""
    result = with_item(["milk", "eggs"], "bread")
    assert result is not None, "with_item should return the new list; it returned None"
    assert result == ["milk", "eggs", "bread"], (
        'with_item(["milk", "eggs"], "bread") should return ["milk", "eggs", "bread"]'
    )


def test_leaves_the_given_list_alone():
    """Does not change the list it was given."""
    groceries = ["milk", "eggs"]
    with_item(groceries, "bread")
    assert groceries == ["milk", "eggs"], (
        "with_item changed the list it was given: it should build a new list "
        "and leave the original as it was"
    )


def test_returns_a_different_list():
    """Returns a new list object, not the one it was given."""
    groceries = ["milk", "eggs"]
    result = with_item(groceries, "bread")
    assert result is not groceries, (
        "with_item returned the same list it was given: it should return a new list"
    )


def test_two_flatmates():
    """Two calls on the same list do not get in each other's way."""
    shared = ["rice"]
    mine = with_item(shared, "tea")
    yours = with_item(shared, "coffee")
    assert mine == ["rice", "tea"], (
        'with_item(["rice"], "tea") should give ["rice", "tea"], '
        'even after a second call on the same list adds "coffee"'
    )
    assert yours == ["rice", "coffee"], (
        'The second call should give ["rice", "coffee"]: '
        "the first call changed the shared list it was given"
    )


def test_empty_list():
    """Works when the list is empty."""
    assert with_item([], "apples") == ["apples"], 'with_item([], "apples") should return ["apples"]'
