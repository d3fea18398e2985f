# HIDDEN-TEST-CANARY: this text must never reach a learner.
from adder import walk

SECRET = "HIDDEN-TEST-CANARY: in the judge's globals"
EXPECTED = "an answer only the judge knows"


def make_checker():
    hidden = "HIDDEN-TEST-CANARY: in a closure"

    def checker(text):
        return text == hidden

    return checker


def test_walk_from_a_closure():
    assert walk(make_checker()) == EXPECTED


def test_walk_from_a_test_function():
    assert walk(test_walk_from_a_closure) == EXPECTED
