from tickets import ticket_price


def test_an_adult_pays_the_full_price():
    assert ticket_price(30) == 11


def test_a_young_child_pays_the_child_price():
    assert ticket_price(4) == 6


def test_the_last_year_of_the_child_price():
    assert ticket_price(11) == 6


def test_twelve_is_no_longer_a_child():
    assert ticket_price(12) == 11


def test_the_last_year_of_the_full_price():
    assert ticket_price(64) == 11


def test_sixty_five_is_a_senior():
    assert ticket_price(65) == 8


def test_an_older_senior():
    assert ticket_price(80) == 8
