# HIDDEN-TEST-CANARY: this text must never reach a learner.
import pytest

from adder import make


def test_good_data_makes_a_product():
    assert make({"name": "tea", "price": 2.5}).price == 2.5


def test_pydantics_error_arrives_as_a_value_error():
    with pytest.raises(ValueError, match="greater than 0"):
        make({"name": "tea", "price": -1})
