from unittest.mock import Mock, call, patch

import pytest

from payments import PaymentError, checkout


def test_gives_up_after_three_tries():
    gateway = Mock()
    gateway.charge.side_effect = PaymentError("card declined")
    with patch("time.sleep") as fake_sleep:
        with pytest.raises(PaymentError):
            checkout(gateway, "4242", 500)
    assert fake_sleep.call_args_list == [call(1), call(2)]
