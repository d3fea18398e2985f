from numbered import numbered


def test_three_items():
    """Numbers three items from 1."""
    result = numbered(["milk", "eggs", "bread"])
    assert result is not None, "numbered should return the list of lines; it returned None (did you print them?)"
    assert result == ["1. milk", "2. eggs", "3. bread"], (
        'numbered(["milk", "eggs", "bread"]) should return ["1. milk", "2. eggs", "3. bread"]: '
        "the numbering starts at 1"
    )


def test_same_item_twice():
    """Every line gets its own number, even for repeated items."""
    assert numbered(["tea", "tea", "cake"]) == ["1. tea", "2. tea", "3. cake"], (
        'numbered(["tea", "tea", "cake"]) should return ["1. tea", "2. tea", "3. cake"]: '
        "each line gets its own number, even when an item appears twice"
    )


def test_empty_list():
    """An empty list gives an empty list."""
    assert numbered([]) == [], "numbered([]) should return an empty list []"


def test_ten_items():
    """Counts past 9 correctly."""
    items = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
    result = numbered(items)
    assert result is not None, "numbered should return the list of lines; it returned None"
    assert result[-1] == "10. j", 'For ten items, the last line should be "10. j"'
    assert len(result) == 10, "For ten items, numbered should return ten lines"


def test_leaves_the_given_list_alone():
    """Does not change the list it was given."""
    items = ["milk", "eggs"]
    numbered(items)
    assert items == ["milk", "eggs"], "numbered changed the list it was given: build a new list instead"
