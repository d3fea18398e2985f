from tickets import ticket_price


def test_an_adult_pays_the_full_price():
    assert ticket_price(30) == 11


def test_twelve_is_still_a_child():
    assert ticket_price(12) == 6
