import pytest

from parking import parking_fee


@pytest.mark.parametrize(
    ("minutes", "fee"),
    [
        (0, 0),
        (30, 0),  # the last free minute
        (31, 2),  # the first paid minute: one started hour
        (60, 2),
        (61, 4),  # a second hour has started
        (150, 6),
        (420, 14),  # 7 hours: still under the cap
        (421, 15),  # 8 started hours would be 16: capped
        (600, 15),
    ],
)
def test_parking_fee(minutes, fee):
    assert parking_fee(minutes) == fee, f"{minutes} minutes should cost {fee} euros"
