from guests import add_guest


def test_starts_a_list():
    """Without a list, returns a new list holding only the name."""
    assert add_guest("Ada") == ["Ada"], 'add_guest("Ada") should return ["Ada"]'


def test_each_call_starts_fresh():
    """Two calls without a list do not share a list."""
    first = add_guest("Alan")
    second = add_guest("Grace")
    assert second == ["Grace"], (
        'add_guest("Grace") should return ["Grace"], even after an earlier add_guest("Alan"): '
        "each call without a list must start a new one. If you see names from earlier calls, "
        "the default list is shared between calls"
    )
    assert first == ["Alan"], (
        'The list from add_guest("Alan") changed when add_guest("Grace") was called: '
        "the two calls share one default list"
    )
    assert first is not second, "Two calls without a list should return two different lists"


def test_adds_to_given_list():
    """Adds the name to the end of the list it is given."""
    party = ["Grace", "Linus"]
    result = add_guest("Ada", party)
    assert result == ["Grace", "Linus", "Ada"], (
        'add_guest("Ada", ["Grace", "Linus"]) should return ["Grace", "Linus", "Ada"]'
    )
    assert party == ["Grace", "Linus", "Ada"], (
        "add_guest should add the name to the very list it was given"
    )


def test_empty_list_given():
    """Uses an empty list it is given, instead of a new one."""
    party = []
    result = add_guest("Ada", party)
    assert party == ["Ada"], (
        "add_guest(\"Ada\", party) with party = [] should add Ada to party itself "
        "(use `if guests is None`, not `if not guests`: an empty list is not None)"
    )
    assert result is party, "add_guest should return the list it was given"


def test_by_keyword():
    """Accepts the list as the keyword argument guests=."""
    assert add_guest("Ada", guests=["Alan"]) == ["Alan", "Ada"], (
        'add_guest("Ada", guests=["Alan"]) should return ["Alan", "Ada"]'
    )
