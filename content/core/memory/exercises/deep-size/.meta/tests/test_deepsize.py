import sys

from deepsize import deep_size, shared_size

# Made-up sizes that make every count easy to follow: the checks pass this function as
# `sizeof`, so the answers do not depend on how this Python lays out its objects.
FAKE_SIZES = {list: 100, tuple: 200, dict: 300, set: 400, frozenset: 500, str: 10, int: 1, float: 2}


def fake_size(obj):
    """A list weighs 100, a tuple 200, a dict 300, a set 400, a frozenset 500, a str 10, an int 1, a float 2; anything else 7."""
    return FAKE_SIZES.get(type(obj), 7)


def test_one_object_is_its_getsizeof():
    """An object that contains nothing weighs what sys.getsizeof says."""
    for value in ["hello world", 3.5, 10**30, (), [], {}]:
        expected = sys.getsizeof(value)
        got = deep_size(value)
        assert got == expected, (
            f"deep_size({value!r}) should be sys.getsizeof({value!r}) = {expected} on this Python, "
            f"not {got}: with nothing inside, the deep size is the shallow size (and sizeof "
            "defaults to sys.getsizeof)"
        )


def test_a_tuple_and_its_items():
    """deep_size adds the sizes of the items to the tuple's own."""
    value = ("abc", 2.5, 10**20)
    expected = sum(sys.getsizeof(v) for v in [value, "abc", 2.5, 10**20])
    got = deep_size(value)
    assert got == expected, (
        f"deep_size(('abc', 2.5, 10**20)) should be {expected}: sys.getsizeof of the tuple plus "
        f"that of each of its three items, not {got}"
    )


def test_the_sizeof_function_is_used():
    """Every object is weighed with the sizeof function given."""
    assert deep_size("abc", fake_size) == 10, (
        "deep_size('abc', fake_size) should be 10: a string is weighed with sizeof and not "
        "taken apart into characters"
    )
    got = deep_size([("a", 1), 2.5], fake_size)
    assert got == 100 + 200 + 10 + 1 + 2, (
        f"deep_size([('a', 1), 2.5], fake_size) should be 313: the list 100, the tuple 200, "
        f"'a' 10, 1 weighs 1 and 2.5 weighs 2; it gave {got}. Weigh every object with the "
        "sizeof you were given"
    )


def test_dicts_count_keys_and_values():
    """A dict's keys and values are inside it."""
    got = deep_size({"key": "value", "n": (4.5,)}, fake_size)
    assert got == 300 + 10 + 10 + 10 + 200 + 2, (
        f"deep_size({{'key': 'value', 'n': (4.5,)}}, fake_size) should be 532: the dict 300, "
        f"three strings of 10 (keys count too), the tuple 200 and 4.5 weighs 2; it gave {got}"
    )


def test_sets_and_frozensets():
    """Sets and frozensets are followed too."""
    got = deep_size([{"x", "y"}, frozenset({"z"})], fake_size)
    assert got == 100 + 400 + 500 + 30, (
        f"deep_size([{{'x', 'y'}}, frozenset({{'z'}})], fake_size) should be 1030: the list 100, "
        f"the set 400, the frozenset 500 and three strings of 10; it gave {got}"
    )


def test_nesting():
    """Containers inside containers inside containers."""
    value = {"rows": [[1.5, 2.5], [3.5]], "tags": ("red", ["blue"])}
    expected = 300 + 10 + 100 + 100 + 2 + 2 + 100 + 2 + 10 + 200 + 10 + 100 + 10
    got = deep_size(value, fake_size)
    assert got == expected, (
        f"deep_size({value!r}, fake_size) should be {expected}, not {got}: follow every list, "
        "tuple, set, frozenset and dict, however deep"
    )


def test_a_shared_object_counts_once():
    """An object reached twice is counted once."""
    shared = ["p", "q"]
    got = deep_size([shared, shared, ("r",)], fake_size)
    assert got == 100 + (100 + 10 + 10) + (200 + 10), (
        f"deep_size([shared, shared, ('r',)], fake_size), where shared = ['p', 'q'], should be "
        f"430, not {got}: the list shared is in memory once, so count it (and what it holds) "
        "once. Remember the id() of every object you have counted"
    )
    got = deep_size([7, 7, 7, 7], fake_size)
    assert got == 101, (
        f"deep_size([7, 7, 7, 7], fake_size) should be 101, not {got}: the four items are one "
        "and the same int object (small ints are cached), counted once"
    )


def test_heavy_sharing_is_quick():
    """A structure that reaches the same objects again and again is still weighed quickly."""
    chain = []
    for _ in range(30):
        chain = [chain, chain]  # 31 lists, but 2**30 paths down to the innermost one
    got = deep_size(chain, fake_size)
    assert got == 3100, (
        f"deep_size of 30 lists that each hold the one before twice should be 3100 (31 lists of "
        f"100), not {got}"
    )


def test_equal_is_not_the_same():
    """Two equal but separate lists are two objects."""
    got = deep_size([[1], [1]], fake_size)
    assert got == 100 + 100 + 100 + 1, (
        f"deep_size([[1], [1]], fake_size) should be 301, not {got}: the two inner lists are "
        "equal but separate objects, so both count (the int 1 is one object). Compare by id(), "
        "not with =="
    )


def test_other_objects_are_not_taken_apart():
    """Only lists, tuples, sets, frozensets and dicts are followed."""
    got = deep_size([range(5), b"bytes"], fake_size)
    assert got == 100 + 7 + 7, (
        f"deep_size([range(5), b'bytes'], fake_size) should be 114, not {got}: a range and a "
        "bytes object can be iterated, but they do not hold their items as objects; weigh "
        "them with sizeof and do not go inside"
    )


def test_shared_size():
    """shared_size weighs what two objects have in common."""
    common = ["m", "n"]
    got = shared_size([common, "only-a"], (common, "only-b"), fake_size)
    assert got == 120, (
        f"shared_size([common, 'only-a'], (common, 'only-b'), fake_size) should be 120, not "
        f"{got}: both contain the list common (100) and, through it, 'm' and 'n' (10 each)"
    )
    got = shared_size([1.5, "x"], ("y", 2.5), fake_size)
    assert got == 0, f"shared_size([1.5, 'x'], ('y', 2.5), fake_size) should be 0: nothing is shared (it gave {got})"
    got = shared_size([3, 4], (4, 5), fake_size)
    assert got == 1, f"shared_size([3, 4], (4, 5), fake_size) should be 1: the small int 4 is one object in both (it gave {got})"


def test_shared_size_of_an_object_and_its_part():
    """When one contains the other, the other is shared whole."""
    part = {"k": ["v"]}
    got = shared_size([part, "extra"], part, fake_size)
    assert got == 300 + 10 + 100 + 10, (
        f"shared_size([part, 'extra'], part, fake_size), where part = {{'k': ['v']}}, should be "
        f"420, not {got}: b itself counts, and everything inside it"
    )
    value = ("a", "b")
    assert shared_size(value, value) == deep_size(value), "shared_size(x, x) should be deep_size(x), with sys.getsizeof by default"
