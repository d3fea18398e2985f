from pizza import pizzas_needed, slices_needed


def test_slices_for_four():
    """Four guests eat 12 slices."""
    assert slices_needed(4) == 12, "slices_needed(4) should return 12 (3 slices for each of 4 guests)"


def test_slices_for_other_numbers():
    """Counts slices for any number of guests."""
    assert slices_needed(1) == 3, "slices_needed(1) should return 3"
    assert slices_needed(10) == 30, "slices_needed(10) should return 30"


def test_rounds_up():
    """Buys an extra pizza for the slices that are left over."""
    assert pizzas_needed(4) == 2, (
        "pizzas_needed(4) should return 2: 12 slices do not fit in 1 pizza of 8, "
        "so round up to 2"
    )
    assert pizzas_needed(3) == 2, "pizzas_needed(3) should return 2: 9 slices need 2 pizzas"


def test_exact_fit():
    """Buys no extra pizza when the slices fit exactly."""
    assert pizzas_needed(8) == 3, "pizzas_needed(8) should return 3: 24 slices fill exactly 3 pizzas"


def test_small_and_empty_parties():
    """Works for one guest and for no guests at all."""
    assert pizzas_needed(1) == 1, "pizzas_needed(1) should return 1: even 3 slices need a whole pizza"
    assert pizzas_needed(0) == 0, "pizzas_needed(0) should return 0: nobody, no pizza"


def test_returns_instead_of_printing(capsys):
    """Returns the numbers instead of printing them."""
    slices = slices_needed(2)
    printed = capsys.readouterr().out
    assert slices is not None, "slices_needed should return the number; it returned None (did you print it?)"
    assert printed == "", "slices_needed should not print anything, only return the number"
    pizzas = pizzas_needed(2)
    printed = capsys.readouterr().out
    assert pizzas is not None, "pizzas_needed should return the number; it returned None (did you print it?)"
    assert printed == "", "pizzas_needed should not print anything, only return the number"
