from tickets import ticket_price


def test_an_adult_pays_the_full_price():
    assert ticket_price(30) == 11


def test_a_child_pays_the_child_price():
    assert ticket_price(5) == 6


def test_a_senior_pays_the_senior_price():
    assert ticket_price(70) == 8
