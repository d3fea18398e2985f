from tickets import ticket_price

# One test is written for you. Add one test function for each other case:
# every name starts with test_, and each test checks one age.
# Run them with:  python -m pytest test_tickets.py


def test_an_adult_pays_the_full_price():
    assert ticket_price(30) == 11
