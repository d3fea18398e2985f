from tickets import ticket_price


def test_adult():
    """An adult pays the full price."""
    assert ticket_price(30) == 12, "ticket_price(30) should return 12"


def test_child():
    """A child between 4 and 11 pays 6."""
    assert ticket_price(7) == 6, "ticket_price(7) should return 6"


def test_under_four_travel_free():
    """Children under 4 get in for free."""
    assert ticket_price(2) == 0, "ticket_price(2) should return 0: children under 4 get in free"
    assert ticket_price(0) == 0, "ticket_price(0) should return 0: a baby gets in free"


def test_senior():
    """Visitors of 65 and older pay 8."""
    assert ticket_price(80) == 8, "ticket_price(80) should return 8"


def test_edges_of_the_groups():
    """Gets every edge age right: 3, 4, 11, 12, 64 and 65."""
    assert ticket_price(3) == 0, "ticket_price(3) should return 0: 3 is still under 4"
    assert ticket_price(4) == 6, "ticket_price(4) should return 6: at 4 the child price starts"
    assert ticket_price(11) == 6, "ticket_price(11) should return 6: 11 is still a child"
    assert ticket_price(12) == 12, "ticket_price(12) should return 12: at 12 the full price starts"
    assert ticket_price(64) == 12, "ticket_price(64) should return 12: 64 still pays the full price"
    assert ticket_price(65) == 8, (
        "ticket_price(65) should return 8: at 65 the senior price starts (65 and older)"
    )
