from cleanup import without


def test_removes_every_copy():
    """Removes every -1 from the example readings."""
    result = without([12, -1, 15, -1, -1, 14], -1)
    assert result is not None, "without should return the new list; it returned None"
    assert result == [12, 15, 14], (
        "without([12, -1, 15, -1, -1, 14], -1) should return [12, 15, 14]: "
        "it should remove every copy of -1, not only the first one"
    )


def test_copies_next_to_each_other():
    """Removes copies that sit right next to each other."""
    assert without(["a", "a", "a", "b"], "a") == ["b"], (
        'without(["a", "a", "a", "b"], "a") should return ["b"]. Removing items from a list '
        "while a for loop walks over it makes the loop skip the item after each removal"
    )


def test_value_not_in_list():
    """Gives back all the items when there is nothing to remove."""
    assert without([3, 1, 2], 9) == [3, 1, 2], (
        "without([3, 1, 2], 9) should return [3, 1, 2]: 9 is not in the list, so nothing is removed"
    )


def test_leaves_the_given_list_alone():
    """Does not change the list it was given."""
    readings = [12, -1, 15, -1]
    without(readings, -1)
    assert readings == [12, -1, 15, -1], (
        "without changed the list it was given: build a new list and leave the original as it was"
    )


def test_empty_list_and_everything_removed():
    """Works for an empty list and when every item goes."""
    assert without([], 5) == [], "without([], 5) should return an empty list []"
    assert without([5, 5], 5) == [], "without([5, 5], 5) should return an empty list []"


def test_compares_values_not_objects():
    """Removes items equal to unwanted, even when they are separate objects."""
    assert without([1000.5, 2.25, 1000.5], 1000.5) == [2.25], (
        "without([1000.5, 2.25, 1000.5], 1000.5) should return [2.25]: compare the items with "
        "!= (equal values), not with `is not` (the same object)"
    )
