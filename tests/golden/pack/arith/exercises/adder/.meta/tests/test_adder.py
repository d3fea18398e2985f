# HIDDEN-TEST-CANARY: this text must never reach a learner.
import unittest

from adder import add


def test_small_numbers():
    """Adds two small numbers."""
    assert add(2, 3) == 5, "add(2, 3) should return 5"


def test_negative():
    """Works with negative numbers."""
    assert add(-2, -3) == -5


class TestAsUnittest(unittest.TestCase):
    def test_zero(self):
        """Zero changes nothing."""
        self.assertEqual(add(0, 7), 7, "add(0, 7) should return 7")
