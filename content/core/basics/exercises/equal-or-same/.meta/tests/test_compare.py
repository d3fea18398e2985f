from compare import same_contents, same_object


def test_two_separate_lists_with_equal_contents():
    """Two separate lists with equal contents are equal but not the same object."""
    first = [1, 2]
    second = [1, 2]
    assert same_contents(first, second) is True, (
        "same_contents([1, 2], [1, 2]) should return True: the contents are equal"
    )
    assert same_object(first, second) is False, (
        "same_object should return False for two separate lists, even when their contents are equal"
    )


def test_one_list_under_two_names():
    """A list given a second name is the same object."""
    first = [1, 2]
    second = first
    assert same_object(first, second) is True, (
        "After second = first, same_object(first, second) should return True: both names point to one list"
    )
    assert same_contents(first, second) is True, (
        "After second = first, same_contents(first, second) should return True"
    )


def test_different_contents():
    """Lists with different contents are neither equal nor the same."""
    assert same_contents([1, 2], [2, 1]) is False, (
        "same_contents([1, 2], [2, 1]) should return False: the order is different"
    )
    assert same_object([1, 2], [2, 1]) is False, "same_object([1, 2], [2, 1]) should return False"


def test_a_copy_is_equal_but_separate():
    """A copy of a list is equal to it, but it is a different object."""
    original = ["a", "b"]
    copy = original.copy()
    assert same_contents(original, copy) is True, (
        "A list and its copy should have the same contents"
    )
    assert same_object(original, copy) is False, (
        "A list and its copy should not be the same object: .copy() makes a new list"
    )


def test_none_is_none():
    """None is always the very same object."""
    assert same_object(None, None) is True, "same_object(None, None) should return True"
    assert same_contents(None, None) is True, "same_contents(None, None) should return True"
