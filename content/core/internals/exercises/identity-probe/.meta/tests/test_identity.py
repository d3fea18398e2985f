from identity import aliases, relation, small_int_cache


def live_aliases(source):
    """The truth, measured here: this interpreter runs the same source."""
    namespace = {}
    exec(source, namespace)
    names = [n for n in namespace if not n.startswith("_")]
    groups = []
    for name in names:
        group = sorted(other for other in names if namespace[other] is namespace[name])
        if len(group) > 1 and group not in groups:
            groups.append(group)
    return sorted(groups)


def test_one_list_two_names():
    """The same list passed twice is the same object."""
    basket = ["apple", "pear"]
    assert relation(basket, basket) == "same object", (
        "relation(basket, basket) should be 'same object': both arguments are one list. Ask "
        "a is b first: the same object is always equal to itself too"
    )


def test_equal_but_separate():
    """Two lists with the same items are equal but not the same object."""
    assert relation(["apple", "pear"], ["apple", "pear"]) == "equal", (
        "relation(['apple', 'pear'], ['apple', 'pear']) should be 'equal': two separate lists with "
        "equal contents (== is True, is is False)"
    )
    assert relation({"a": 1}, {"a": 1}) == "equal", "relation({'a': 1}, {'a': 1}) should be 'equal'"
    assert relation(1, 1.0) == "equal", "relation(1, 1.0) should be 'equal': 1 == 1.0, but an int is not a float"


def test_different():
    """Values that are not equal are 'different'."""
    basket = ["apple"]
    assert relation(["apple"], ["pear"]) == "different", "relation(['apple'], ['pear']) should be 'different'"
    assert relation(basket, [basket]) == "different", (
        "relation(basket, [basket]) should be 'different': a list that holds basket is not basket"
    )
    assert relation("1", 1) == "different", "relation('1', 1) should be 'different': a str is never equal to an int"


def test_aliases_of_lists():
    """b = a binds a second name to the same list; a copy is another list."""
    source = "a = [1, 2]\nb = a\nc = [1, 2]\nd = c[:]\ne = b\n"
    assert aliases(source) == [["a", "b", "e"]], (
        "aliases('a = [1, 2]; b = a; c = [1, 2]; d = c[:]; e = b') should be [['a', 'b', 'e']]: "
        "b = a and e = b bind more names to one list; c and d are equal to it but are other "
        "lists. Group the names by identity (is, or id()), not by ==, and leave out the names "
        "that are alone"
    )


def test_aliases_of_ints():
    """Equal ints may or may not be one object: it depends on how they were made."""
    source = "big = 1000\nsame = 1000\nparsed = int('1000')\nsmall = 7\nalso_small = int('7')\n"
    expected = live_aliases(source)
    assert aliases(source) == expected, (
        f"aliases of {source!r} should be {expected} on this Python: the two literals 1000 in one "
        "piece of code are one constant; int('1000') makes a new int at run time; small ints come "
        "from a cache. Run the source with exec in a fresh dict and compare the objects with is"
    )


def test_aliases_of_strings():
    """Equal strings: constants, folded constants, strings built at run time, interned ones."""
    source = (
        "import sys\n"
        "s = 'hello world'\n"
        "t = 'hello ' + 'world'\n"
        "u = ''.join(['hello ', 'world'])\n"
        "name = 'spam'\n"
        "built = ''.join(['sp', 'am'])\n"
        "interned = sys.intern(built)\n"
    )
    expected = live_aliases(source)
    assert aliases(source) == expected, (
        f"aliases of the strings example should be {expected} on this Python: compare the objects "
        "with is. Equal strings are one object only when Python made them so (a shared constant, "
        "a folded constant, sys.intern)"
    )


def test_aliases_of_functions_and_none():
    """Functions, modules and None are objects too; there is only one None."""
    source = "def f():\n    pass\n\ng = f\nh = None\nk = None\nm = [f]\n"
    assert aliases(source) == [["f", "g"], ["h", "k"]], (
        "aliases of 'def f(); g = f; h = None; k = None; m = [f]' should be [['f', 'g'], ['h', 'k']]: "
        "g = f binds a second name to the function object, and None is a single object. m is a "
        "list that holds f, not f. Sort the names of each group, then sort the groups"
    )


def test_aliases_leave_out_hidden_names():
    """Names starting with _ (and exec's own __builtins__) are not counted."""
    assert aliases("_hidden = [1]\nshown = _hidden\n") == [], (
        "aliases('_hidden = [1]; shown = _hidden') should be []: _hidden starts with _, so shown "
        "is the only name left for that list (exec also adds __builtins__: skip every name that "
        "starts with _)"
    )
    assert aliases("x = 1\n") == [], "aliases('x = 1') should be []: a group needs two names"


def test_small_int_cache_edges():
    """The cache's edges, measured on this interpreter."""
    expected = [n for n in range(-10, 301) if int(str(n)) is int(str(n))]
    result = small_int_cache(-10, 300)
    assert result == expected, (
        f"small_int_cache(-10, 300) should be the {len(expected)} ints from {expected[0]} to "
        f"{expected[-1]} on this Python. Make two ints of the same value separately at run time, "
        "for example int(str(n)) twice, and compare them with is (n is n is always True: it is "
        "one object)"
    )


def test_small_int_cache_bounds_are_included():
    """low and high are both part of the range."""
    assert small_int_cache(0, 5) == [0, 1, 2, 3, 4, 5], (
        "small_int_cache(0, 5) should be [0, 1, 2, 3, 4, 5]: high is included (range(low, high + 1))"
    )
    expected = [n for n in range(300, 311) if int(str(n)) is int(str(n))]
    assert small_int_cache(300, 310) == expected, (
        f"small_int_cache(300, 310) should be {expected} on this Python: the cached ints among 300..310"
    )
