import pytest

from parking import parking_fee


@pytest.mark.parametrize(
    ("minutes", "fee"),
    [
        (0, 0),
        (30, 0),
        (31, 2),
        (90, 2),
        (91, 4),
        (600, 15),
    ],
)
def test_parking_fee(minutes, fee):
    assert parking_fee(minutes) == fee
