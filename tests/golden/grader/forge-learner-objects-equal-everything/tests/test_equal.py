# HIDDEN-TEST-CANARY: this text must never reach a learner.
import collections
import datetime
import unittest

from adder import Agreeable, Liar, Odd, answer, counts, when


class EqualityTest(unittest.TestCase):
    def test_different_objects_are_not_equal(self):
        self.assertNotEqual(Agreeable(1), Agreeable(2))

    def test_eq_and_ne_must_agree(self):
        self.assertEqual(Liar(1), Liar(1))

    def test_eq_must_give_a_bool(self):
        self.assertEqual(Odd(1), Odd(1))


def test_a_learner_object_against_a_value_of_the_tests():
    assert answer() == 42


def test_ordering_against_a_value_of_the_tests_runs_no_learner_code():
    assert answer() > 41


def test_a_subclass_of_date_is_not_a_date():
    assert when() == datetime.date(2024, 2, 29)


def test_a_subclass_of_counter_is_not_a_counter():
    assert counts("abc") == collections.Counter("abc")
