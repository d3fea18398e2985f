from unittest.mock import Mock, call, patch

import pytest

from payments import PaymentError, checkout


@pytest.fixture
def gateway():
    """A pretend payment gateway: charge() gives back a receipt, no money moves."""
    fake = Mock()
    fake.charge.return_value = "receipt-1"
    return fake


def test_a_payment_that_works_gives_the_receipt(gateway):
    assert checkout(gateway, "4242", 1999) == "receipt-1"
    # What else should be true? How often was gateway.charge called, and with what?


# Tests that make the gateway fail need no real waiting: patch payments.sleep, e.g.
#     with patch("payments.sleep") as fake_sleep:
