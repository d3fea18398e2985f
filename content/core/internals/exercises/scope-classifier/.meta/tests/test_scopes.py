from scopes import classify

SHOP = '''
import math

RATE = 0.2
count = 0


def visit():
    count = count + 1
    return count


def bump():
    global count, created
    count += 1
    created = True


def quiet():
    global print
    print = str


def make_counter(start):
    total = start
    def step(by=1):
        nonlocal total
        total += by
        return total
    def peek():
        return total, len(str(total))
    return step


class Shop:
    tax = RATE
    def price(self, amount):
        return amount * (1 + tax) + math.pi
'''


def scope(source, name, label):
    result = classify(source)
    assert isinstance(result, dict), f"classify should return a dict, not {type(result).__name__}"
    assert name in result, (
        f"classify({label}) should have an entry {name!r} (it has {sorted(result)}): one entry "
        "per function and class, named with the names of the scopes around it joined by dots"
    )
    return result[name]


def test_assigning_makes_a_name_local():
    """count is assigned in visit, so it is local in all of visit: the UnboundLocalError explained."""
    assert scope(SHOP, "visit", "SHOP") == {"count": "local"}, (
        "In visit, count should be 'local': it is assigned in visit (count = count + 1), so the "
        "compiler makes it local in the WHOLE function, and reading it before the assignment "
        "raises UnboundLocalError. symbol.is_local() says so"
    )


def test_global_declarations():
    """global makes the assignments in a function go to the module's names."""
    assert scope(SHOP, "bump", "SHOP") == {"count": "global", "created": "global"}, (
        "In bump, count and created should be 'global': both are declared with global "
        "(symbol.is_declared_global()), so the function assigns the module's names"
    )
    assert scope(SHOP, "quiet", "SHOP") == {"print": "global", "str": "builtin"}, (
        "In quiet, print should be 'global': it is declared global, so print = str replaces "
        "print for the whole module (a builtin's name, but the declaration decides); str is "
        "'builtin'"
    )


def test_parameters_and_locals():
    """Parameters are 'parameter'; names assigned in the function, nested defs too, are 'local'."""
    assert scope(SHOP, "make_counter", "SHOP") == {
        "start": "parameter", "total": "local", "step": "local", "peek": "local",
    }, (
        "In make_counter, start should be 'parameter' and total, step and peek 'local' (def binds "
        "a name too). Check symbol.is_parameter() before is_local(): a parameter is local as well"
    )
    source = "def options(*args, key=None, **kwargs):\n    return args, key, kwargs\n"
    assert scope(source, "options", "options") == {"args": "parameter", "key": "parameter", "kwargs": "parameter"}, (
        "*args, a keyword-only key and **kwargs are all 'parameter'"
    )


def test_nonlocal_and_free():
    """A name of the enclosing function: 'nonlocal' when declared so, 'free' when only read."""
    assert scope(SHOP, "make_counter.step", "SHOP") == {"by": "parameter", "total": "nonlocal"}, (
        "In make_counter.step, total should be 'nonlocal': it is declared nonlocal (it is free "
        "too, so check symbol.is_nonlocal() before is_free())"
    )
    assert scope(SHOP, "make_counter.peek", "SHOP") == {"total": "free", "len": "builtin", "str": "builtin"}, (
        "In make_counter.peek, total should be 'free' (read from make_counter's scope: a closure "
        "cell) and len and str 'builtin': implicit globals that the module does not bind and "
        "that the builtins module has"
    )


def test_a_parameter_captured_by_an_inner_function():
    """A parameter used by an inner function is still a parameter; for the inner one it is free."""
    source = "def outer(n):\n    def inner():\n        return n\n    return inner\n"
    assert classify(source) == {"outer": {"n": "parameter", "inner": "local"}, "outer.inner": {"n": "free"}}, (
        "classify of outer/inner should be {'outer': {'n': 'parameter', 'inner': 'local'}, "
        "'outer.inner': {'n': 'free'}}"
    )


def test_a_class_body_is_not_an_enclosing_scope():
    """A method does not see the names of its class body: tax in Shop.price is a global."""
    assert scope(SHOP, "Shop", "SHOP") == {"tax": "local", "RATE": "global", "price": "local"}, (
        "In the class body Shop, tax and price should be 'local' (assigned there) and RATE "
        "'global' (a module name)"
    )
    assert scope(SHOP, "Shop.price", "SHOP") == {
        "self": "parameter", "amount": "parameter", "tax": "global", "math": "global",
    }, (
        "In Shop.price, tax should be 'global', not 'free': a class body is not an enclosing scope "
        "for its methods (they must write self.tax or Shop.tax). math is 'global': the module "
        "imports it"
    )


def test_a_class_inside_a_function():
    """A class body does see the function around it; its methods still skip the class body."""
    source = (
        "def outer():\n"
        "    x = 1\n"
        "    class Inner:\n"
        "        y = x\n"
        "        def method(self):\n"
        "            return y\n"
        "    return Inner\n"
    )
    assert classify(source) == {
        "outer": {"x": "local", "Inner": "local"},
        "outer.Inner": {"y": "local", "x": "free", "method": "local"},
        "outer.Inner.method": {"self": "parameter", "y": "global"},
    }, (
        "classify of outer/Inner/method should be {'outer': {'x': 'local', 'Inner': 'local'}, "
        "'outer.Inner': {'y': 'local', 'x': 'free', 'method': 'local'}, 'outer.Inner.method': "
        "{'self': 'parameter', 'y': 'global'}}: scopes nest two levels deep here, name each one "
        "with all the names around it"
    )


def test_module_names_hide_builtins():
    """An implicit global is 'builtin' only when the module does not bind that name itself."""
    source = (
        "from os import open\n"
        "def len(x):\n"
        "    return 0\n"
        "def size(items):\n"
        "    return len(items) + max(items) + missing + open\n"
    )
    assert scope(source, "size", "size") == {"items": "parameter", "len": "global", "max": "builtin", "missing": "global", "open": "global"}, (
        "In size, len should be 'global' (the module defines its own len, which hides the builtin), "
        "max 'builtin', missing 'global' (no builtin has that name: it would be a NameError at run "
        "time) and open 'global' (the module imports os.open under that name, which hides the builtin open). A name is bound by the module when its "
        "module-level symbol is_assigned() or is_imported()"
    )


def test_dunder_names_are_left_out():
    """Names that start and end with two underscores are left out of each scope's dict."""
    source = "class Point:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return repr(self.x)\n"
    odd = "def odd():\n    __tmp = 1\n    total__ = 2\n    return __tmp + total__\n"
    assert classify(odd) == {"odd": {"__tmp": "local", "total__": "local"}}, (
        "classify of odd should be {'odd': {'__tmp': 'local', 'total__': 'local'}}: leave out only "
        "the names that start AND end with two underscores"
    )
    assert classify(source) == {
        "Point": {},
        "Point.__init__": {"self": "parameter", "x": "parameter"},
        "Point.__repr__": {"self": "parameter", "repr": "builtin"},
    }, (
        "classify of Point should be {'Point': {}, 'Point.__init__': {'self': 'parameter', "
        "'x': 'parameter'}, 'Point.__repr__': {'self': 'parameter', 'repr': 'builtin'}}: the "
        "methods still get entries, but inside each dict, names like __init__ are left out"
    )


def test_no_function_no_entry():
    """The module itself is not an entry."""
    assert classify("x = 1\nprint(x)\n") == {}, "classify('x = 1; print(x)') should be {}: there is no function or class"
