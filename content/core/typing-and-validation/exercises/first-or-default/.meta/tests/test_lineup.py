from lineup import (
    first_or_default,
    first_set_minutes,
    headliner,
    last_or_default,
    last_set_minutes,
    opening_act,
)

BANDS = ["The Kettles", "Night Bus", "Paper Moons"]


def test_first_or_default_gives_the_first_item():
    """first_or_default gives the first item of a list, a tuple or a string."""
    assert first_or_default(BANDS, "none") == "The Kettles", (
        'first_or_default(["The Kettles", "Night Bus", "Paper Moons"], "none") should return '
        '"The Kettles"'
    )
    assert first_or_default((7, 8, 9), 0) == 7, "first_or_default((7, 8, 9), 0) should return 7"
    assert first_or_default("xyz", "?") == "x", 'first_or_default("xyz", "?") should return "x"'


def test_first_item_even_when_it_looks_false():
    """A first item of 0 or "" is still the first item."""
    assert first_or_default([0, 5], 9) == 0, (
        "first_or_default([0, 5], 9) should return 0: the list is not empty, so its first item "
        "wins, even if it is 0. Test whether the list is empty, not whether the item is"
    )


def test_first_or_default_of_nothing_is_the_default():
    """first_or_default gives the default for an empty list."""
    assert first_or_default([], "none") == "none", 'first_or_default([], "none") should return "none"'
    assert first_or_default((), 42) == 42, "first_or_default((), 42) should return 42"


def test_last_or_default_gives_the_last_item():
    """last_or_default gives the last item, or the default for an empty list."""
    assert last_or_default(BANDS, "none") == "Paper Moons", (
        'last_or_default(["The Kettles", "Night Bus", "Paper Moons"], "none") should return '
        '"Paper Moons": the last item is items[-1]'
    )
    assert last_or_default([0], 9) == 0, "last_or_default([0], 9) should return 0"
    assert last_or_default([], "none") == "none", 'last_or_default([], "none") should return "none"'


def test_opening_act_and_headliner():
    """opening_act is the first band, headliner the last."""
    assert opening_act(BANDS) == "The Kettles", "opening_act(...) should return the first band, The Kettles"
    assert headliner(BANDS) == "Paper Moons", "headliner(...) should return the last band, Paper Moons"


def test_no_bands_yet():
    """With no bands, both say "to be announced"."""
    assert opening_act([]) == "to be announced", 'opening_act([]) should return "to be announced"'
    assert headliner([]) == "to be announced", 'headliner([]) should return "to be announced"'


def test_set_minutes():
    """first_set_minutes and last_set_minutes give the first and last length, or 0."""
    assert first_set_minutes([45, 60, 90]) == 45, "first_set_minutes([45, 60, 90]) should return 45"
    assert last_set_minutes([45, 60, 90]) == 90, "last_set_minutes([45, 60, 90]) should return 90"
    assert first_set_minutes([]) == 0, "first_set_minutes([]) should return 0 (the number, not the text \"0\")"
    assert last_set_minutes([]) == 0, "last_set_minutes([]) should return 0 (the number, not the text \"0\")"
