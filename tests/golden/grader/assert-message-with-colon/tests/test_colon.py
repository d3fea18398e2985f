# HIDDEN-TEST-CANARY: this text must never reach a learner.
import unittest

from adder import add


def test_a_plain_assert_keeps_its_whole_message():
    assert add(2, 3) == 5, "Prices : add(2, 3) should return 5, the sum"


class Sums(unittest.TestCase):
    def test_unittest_long_message_is_split(self):
        self.assertEqual(add(2, 3), 5, "add(2, 3) should return 5")
