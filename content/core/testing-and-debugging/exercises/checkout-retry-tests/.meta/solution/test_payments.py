from unittest.mock import Mock, call, patch

import pytest

from payments import PaymentError, checkout


@pytest.fixture
def gateway():
    """A pretend payment gateway: charge() gives back a receipt, no money moves."""
    fake = Mock()
    fake.charge.return_value = "receipt-1"
    return fake


@pytest.fixture
def fake_sleep():
    """No real waiting: payments.sleep is replaced by a mock while the test runs."""
    with patch("payments.sleep") as fake:
        yield fake


def test_a_payment_that_works_charges_once(gateway, fake_sleep):
    assert checkout(gateway, "4242", 1999) == "receipt-1"
    gateway.charge.assert_called_once_with("4242", 1999)
    fake_sleep.assert_not_called()


def test_one_cent_can_be_charged(gateway, fake_sleep):
    assert checkout(gateway, "4242", 1) == "receipt-1"


def test_a_failure_is_tried_again(gateway, fake_sleep):
    gateway.charge.side_effect = [PaymentError("timeout"), "receipt-2"]
    assert checkout(gateway, "4242", 500) == "receipt-2"
    assert gateway.charge.call_args_list == [call("4242", 500), call("4242", 500)]
    fake_sleep.assert_called_once_with(1)


def test_gives_up_after_three_tries(gateway, fake_sleep):
    gateway.charge.side_effect = PaymentError("card declined")
    with pytest.raises(PaymentError, match="card declined"):
        checkout(gateway, "4242", 500)
    assert gateway.charge.call_args_list == [call("4242", 500)] * 3
    assert fake_sleep.call_args_list == [call(1), call(2)]


def test_the_number_of_tries_can_be_chosen(gateway, fake_sleep):
    gateway.charge.side_effect = PaymentError("card declined")
    with pytest.raises(PaymentError):
        checkout(gateway, "4242", 500, tries=1)
    assert gateway.charge.call_count == 1
    fake_sleep.assert_not_called()


def test_nothing_is_charged_for_zero_cents(gateway, fake_sleep):
    with pytest.raises(ValueError, match="more than 0 cents"):
        checkout(gateway, "4242", 0)
    gateway.charge.assert_not_called()
