import pytest

from passwords import check_password


def test_a_strong_password_is_accepted():
    assert check_password("Sunflower42") is True


# A test for an error: the test passes when the block inside `with` raises ValueError
# and its message matches. Replace the two ___ and add a test for each other rule.
def test_a_short_password_is_refused():
    with pytest.raises(ValueError, match=___):
        check_password(___)
