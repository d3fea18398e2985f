import pytest

from parking import parking_fee


# Fill the table: each row is (minutes, the fee the rules give).
@pytest.mark.parametrize(
    ("minutes", "fee"),
    [
        (10, 0),
    ],
)
def test_parking_fee(minutes, fee):
    assert parking_fee(minutes) == fee
