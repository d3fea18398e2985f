# HIDDEN-TEST-CANARY: this text must never reach a learner.
from adder import append_zero, halves, index, squares, total

MILLION = 1_000_000


def test_a_million_ints_in():
    numbers = list(range(MILLION))
    assert total(numbers) == MILLION * (MILLION - 1) // 2


def test_a_million_ints_out():
    got = squares(MILLION)
    assert len(got) == MILLION and got[-1] == (MILLION - 1) ** 2


def test_many_floats_out():
    assert halves(MILLION // 10)[3] == 1.5


def test_a_big_dict():
    words = [f"w{n}" for n in range(10_000)]
    assert index(words)["w9999"] == 5


def test_a_big_list_changed_in_place():
    numbers = list(range(MILLION // 10))
    append_zero(numbers)
    assert len(numbers) == MILLION // 10 + 1 and numbers[-1] == 0
