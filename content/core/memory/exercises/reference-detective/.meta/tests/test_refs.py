import sys

import pytest

from refs import direct_holders, references_added


class Box:
    """An object with one attribute."""

    def __init__(self, item):
        self.item = item


def added(action, what):
    """references_added on a fresh object of the test, with a clear failure if it breaks."""
    target = object()
    before = sys.getrefcount(target)
    result = references_added(target, action)
    assert type(result) is int, f"references_added should return an int, not {type(result).__name__}"
    assert sys.getrefcount(target) == before, (
        f"After references_added(obj, {what}) returned, obj had more references than before: "
        "do not keep the action's result (or obj) anywhere once you have counted"
    )
    return result


@pytest.mark.parametrize(
    ("action", "what", "expected", "why"),
    [
        (lambda o: [o], "lambda o: [o]", 1, "a list holds one reference per slot"),
        (lambda o: (o, o, o), "lambda o: (o, o, o)", 3, "a tuple holds one reference per item, the same object three times is three references"),
        (lambda o: [o] * 4, "lambda o: [o] * 4", 4, "four slots of the list point at obj"),
        (lambda o: {o: o}, "lambda o: {o: o}", 2, "a dict holds its key and its value"),
        (lambda o: {"a": o, "b": [o, o]}, "lambda o: {'a': o, 'b': [o, o]}", 3, "one from the dict, two from the inner list"),
        (lambda o: o, "lambda o: o", 1, "the result itself is a reference to obj"),
        (lambda o: Box(o), "lambda o: Box(o)", 1, "the attribute item of the Box"),
        (lambda o: (lambda: o), "lambda o: (lambda: o)", 1, "the inner function's closure cell holds obj"),
    ],
    ids=["list", "tuple", "repeated-list", "dict", "nested", "itself", "attribute", "closure"],
)
def test_references_held_by_the_result(action, what, expected, why):
    """references_added counts the references the kept result holds."""
    got = added(action, what)
    assert got == expected, (
        f"references_added(obj, {what}) should be {expected}: {why}. Keep the result in a "
        "variable while you call sys.getrefcount a second time"
    )


def test_a_result_without_references():
    """An action whose result does not hold obj adds nothing."""
    assert added(lambda o: None, "lambda o: None") == 0, "references_added(obj, lambda o: None) should be 0"
    assert added(lambda o: str(type(o)), "lambda o: str(type(o))") == 0, (
        "references_added(obj, lambda o: str(type(o))) should be 0: the string does not refer to obj"
    )
    assert added(lambda o: [[1, 2], "o"], "lambda o: [[1, 2], 'o']") == 0, (
        "references_added(obj, lambda o: [[1, 2], 'o']) should be 0"
    )


def test_references_kept_elsewhere_count_too():
    """A reference the action stores somewhere else counts as well."""
    stash = []
    target = object()
    got = references_added(target, stash.append)
    assert got == 1, (
        f"references_added(obj, stash.append) gave {got}: append returns None but the list "
        "stash now holds obj, so obj has 1 reference more"
    )
    got = references_added(target, lambda o: stash.append(o) or (o, o))
    assert got == 3, f"An action that stores obj in a list and returns (obj, obj) adds 3 references, not {got}"


def test_direct_holders():
    """direct_holders names the candidates that refer to obj itself, sorted."""
    target = ["milk", "eggs"]
    twin = ["milk", "eggs"]  # equal to target, but another list
    candidates = {
        "shelf": [target, "bread"],
        "basket": {"first": target},
        "pair": (twin, 3),
        "crate": [[target]],
        "labels": {"milk": 1},
        "alone": target,
        "tuple": (1, target),
        "empty": [],
    }
    got = direct_holders(target, candidates)
    assert got == ["basket", "shelf", "tuple"], (
        f"direct_holders gave {got}; expected ['basket', 'shelf', 'tuple']: gc.get_referents(value) "
        "lists what a value refers to directly. 'crate' holds a list that holds obj (not direct), "
        "'alone' is obj itself, and 'pair' holds an equal list that is not obj"
    )


def test_direct_holders_compares_identity():
    """An equal object that is another object does not count: compare with is."""
    target = ["milk"]
    got = direct_holders(target, {"copy": [["milk"]], "same": [target], "both": (["milk"], target)})
    assert got == ["both", "same"], (
        f"direct_holders gave {got}; expected ['both', 'same']: 'copy' holds a list equal to obj "
        "but not obj itself. `x in list` compares with ==: use `is` to find obj itself"
    )


def test_direct_holders_keys_and_order():
    """Dict keys count, and the names come back sorted."""
    target = ("north", 7)
    got = direct_holders(target, {"zebra": {target: "x"}, "apple": [target], "mango": {"k": "v"}})
    assert got == ["apple", "zebra"], (
        f"direct_holders gave {got}; expected ['apple', 'zebra']: a dict refers to its keys as "
        "well as its values, and the names come back sorted"
    )
    assert direct_holders(target, {}) == [], "direct_holders(obj, {}) should be []"
