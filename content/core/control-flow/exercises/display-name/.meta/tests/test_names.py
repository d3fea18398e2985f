from names import display_name


def test_nickname_wins():
    """Shows the nickname when there is one."""
    assert display_name("Ada", "Ada Lovelace") == "Ada", (
        'display_name("Ada", "Ada Lovelace") should return "Ada": the nickname comes first'
    )


def test_empty_nickname():
    """An empty nickname counts as no nickname."""
    assert display_name("", "Grace Hopper") == "Grace Hopper", (
        'display_name("", "Grace Hopper") should return "Grace Hopper": '
        "an empty nickname counts as no nickname"
    )


def test_nickname_none():
    """A nickname of None counts as no nickname."""
    assert display_name(None, "Grace Hopper") == "Grace Hopper", (
        'display_name(None, "Grace Hopper") should return "Grace Hopper": '
        "None means there is no nickname"
    )


def test_no_names_at_all():
    """Shows Anonymous when both names are missing, whichever way."""
    assert display_name("", "") == "Anonymous", 'display_name("", "") should return "Anonymous"'
    assert display_name(None, None) == "Anonymous", (
        'display_name(None, None) should return "Anonymous"'
    )
    assert display_name("", None) == "Anonymous", (
        'display_name("", None) should return "Anonymous": "" and None both mean "no name"'
    )


def test_full_name_not_needed_with_nickname():
    """A nickname is enough; the full name may be missing."""
    assert display_name("Linus", None) == "Linus", 'display_name("Linus", None) should return "Linus"'
    assert display_name("Linus", "") == "Linus", 'display_name("Linus", "") should return "Linus"'
