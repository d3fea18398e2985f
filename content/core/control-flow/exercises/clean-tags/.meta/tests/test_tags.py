from tags import clean_tags


def test_strips_and_lowers():
    """Removes the spaces around each tag and puts it in small letters."""
    result = clean_tags(["  Python", "LOOPS ", "Beginner"])
    assert result == ["python", "loops", "beginner"], (
        'clean_tags(["  Python", "LOOPS ", "Beginner"]) should return ["python", "loops", "beginner"]: '
        "each tag stripped of spaces and in small letters"
    )


def test_leaves_out_blank_tags():
    """Leaves out empty tags and tags of only spaces."""
    result = clean_tags(["python", "", "   ", "Fun"])
    assert result == ["python", "fun"], (
        'clean_tags(["python", "", "   ", "Fun"]) should return ["python", "fun"]: '
        'blank tags ("" and tags of only spaces) should be left out'
    )


def test_only_blank_tags():
    """A list of only blank tags gives an empty list."""
    assert clean_tags(["", "  ", "     "]) == [], (
        'clean_tags(["", "  ", "     "]) should return []: blank tags should be left out'
    )


def test_empty_list():
    """An empty list gives an empty list."""
    assert clean_tags([]) == [], "clean_tags([]) should return []"


def test_keeps_the_order_and_leaves_the_input_alone():
    """Keeps the order and does not change the list it was given."""
    tags = ["Zebra ", " apple", "Mango"]
    result = clean_tags(tags)
    assert result == ["zebra", "apple", "mango"], (
        'clean_tags(["Zebra ", " apple", "Mango"]) should return ["zebra", "apple", "mango"], '
        "in the same order"
    )
    assert tags == ["Zebra ", " apple", "Mango"], (
        "clean_tags changed the list it was given: build a new list instead"
    )
