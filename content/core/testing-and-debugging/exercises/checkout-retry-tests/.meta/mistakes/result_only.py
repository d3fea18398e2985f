from unittest.mock import Mock, patch

import pytest

from payments import PaymentError, checkout


@pytest.fixture
def gateway():
    fake = Mock()
    fake.charge.return_value = "receipt-1"
    return fake


def test_a_payment_that_works_gives_the_receipt(gateway):
    assert checkout(gateway, "4242", 1999) == "receipt-1"


def test_a_failure_is_tried_again(gateway):
    gateway.charge.side_effect = [PaymentError("timeout"), "receipt-2"]
    with patch("payments.sleep"):
        assert checkout(gateway, "4242", 500) == "receipt-2"


def test_gives_up(gateway):
    gateway.charge.side_effect = PaymentError("card declined")
    with patch("payments.sleep"):
        with pytest.raises(PaymentError, match="card declined"):
            checkout(gateway, "4242", 500)


def test_zero_cents(gateway):
    with pytest.raises(ValueError, match="more than 0 cents"):
        checkout(gateway, "4242", 0)
