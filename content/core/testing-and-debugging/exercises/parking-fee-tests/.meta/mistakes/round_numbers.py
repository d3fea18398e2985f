import pytest

from parking import parking_fee


@pytest.mark.parametrize(
    ("minutes", "fee"),
    [
        (10, 0),
        (60, 2),
        (120, 4),
        (180, 6),
        (600, 15),
    ],
)
def test_parking_fee(minutes, fee):
    assert parking_fee(minutes) == fee
