# HIDDEN-TEST-CANARY: this text must never reach a learner.
import unittest

from adder import Clock, Tree, parse


class ClockTest(unittest.TestCase):
    def test_equal_clocks(self):
        self.assertEqual(Clock(10, 37), Clock(34, 37))

    def test_unequal_clocks(self):
        self.assertNotEqual(Clock(10, 37), Clock(10, 38))

    def test_arithmetic_then_compare(self):
        self.assertEqual(Clock(23, 59) + 2, Clock(0, 1))

    def test_lists_and_tuples_element_wise(self):
        self.assertEqual([Clock(1, 0), Clock(2, 0)], [Clock(25, 0), Clock(26, 0)])
        self.assertEqual((Clock(5, 0),), (Clock(29, 0),))
        self.assertNotEqual([Clock(1, 0)], [Clock(1, 1)])


def test_ordering_and_sorting():
    assert Clock(1, 0) < Clock(2, 0) <= Clock(2, 0)
    assert sorted([Clock(3, 0), Clock(1, 0)]) == [Clock(1, 0), Clock(3, 0)]
    assert max(Clock(3, 0), Clock(1, 0)) == Clock(3, 0)


def test_sets_of_learner_objects():
    assert {Clock(1, 0), Clock(25, 0)} == {Clock(1, 0)}
    assert Clock(1, 0) in [Clock(0, 30), Clock(0, 60)]


def test_parsed_tree_equals_built_tree():
    assert parse("a(b,c)") == Tree("a", [Tree("b"), Tree("c")])


def test_a_learner_object_is_never_equal_to_a_plain_value():
    assert Clock(8, 0) != "08:00"
    assert str(Clock(8, 0)) == "08:00"
