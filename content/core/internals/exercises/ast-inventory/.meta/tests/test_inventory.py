from inventory import inventory

SHOP = '''
import functools

TAX = 0.2
basket_count = len([])


def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        result = func(*args, **kwargs)
        return result
    return wrapper


class Basket:
    shelf = list()

    def __init__(self, owner):
        self.owner = owner
        self.items = []

    @log_calls
    def add(self, name, price, quantity=1):
        line = (name, round(price * quantity, 2))
        self.items.append(line)
        return line

    def total(self):
        subtotal = 0
        for _, amount in self.items:
            subtotal += amount
        with open("log.txt", "a") as log:
            log.write(str(subtotal))
        return round(subtotal * (1 + TAX), 2)


def cheapest(baskets):
    if (count := len(baskets)) == 0:
        return None
    best = min(baskets, key=lambda basket: basket.total())
    best.items[0], best.owner = None, "?"
    return best
'''


def entry(result, name, source_name):
    """One function's record, with a plain failure when it is missing."""
    assert isinstance(result, dict), f"inventory should return a dict, not {type(result).__name__}"
    assert name in result, (
        f"inventory({source_name}) should have an entry for the function {name!r}; it has "
        f"{sorted(result)}. Nested functions and methods are named with the names around them "
        "joined by dots, e.g. 'Basket.add'"
    )
    return result[name]


def test_one_function():
    """A function's assigned names and its calls, each sorted."""
    result = inventory("def area(w, h):\n    size = w * h\n    print(size)\n    return round(size)\n")
    assert result == {"area": {"assigns": ["size"], "calls": ["print", "round"]}}, (
        "inventory of 'def area(w, h): size = w * h; print(size); return round(size)' should be "
        "{'area': {'assigns': ['size'], 'calls': ['print', 'round']}}: parameters are not assigned "
        "names, and both lists are sorted"
    )


def test_module_level_code_is_left_out():
    """Only functions get an entry; code at the top of the module belongs to none."""
    assert inventory("x = len([1])\nprint(x)\n") == {}, (
        "inventory('x = len([1])\\nprint(x)\\n') should be {}: there is no function"
    )


def test_every_function_and_method_is_listed():
    """Every def gets an entry, named with its class or enclosing function: Basket.add."""
    result = inventory(SHOP)
    expected = ["Basket.__init__", "Basket.add", "Basket.total", "cheapest", "log_calls", "log_calls.wrapper"]
    assert sorted(result) == expected, (
        f"inventory(SHOP) should have entries for {expected}, not {sorted(result)}: one per def, "
        "named with the classes and functions around it, joined by dots"
    )


def test_assignments_of_every_kind():
    """=, +=, for targets, with ... as and := all assign names; self.x = ... and a[0] = ... do not."""
    assert entry(inventory(SHOP), "Basket.total", "SHOP")["assigns"] == ["_", "amount", "log", "subtotal"], (
        "Basket.total assigns ['_', 'amount', 'log', 'subtotal']: subtotal = 0 and subtotal += amount, "
        "the for loop's _ and amount, with ... as log. Look for ast.Name nodes whose ctx is ast.Store"
    )
    assert entry(inventory(SHOP), "cheapest", "SHOP")["assigns"] == ["best", "count"], (
        "cheapest assigns ['best', 'count'] (count := ... is an assignment too); "
        "best.items[0] and best.owner are an item and an attribute, not names"
    )
    assert entry(inventory(SHOP), "Basket.__init__", "SHOP")["assigns"] == [], (
        "Basket.__init__ assigns no name: self.owner = owner sets an attribute (ast.Attribute), "
        "and a parameter is not an assignment"
    )


def test_calls_with_dotted_names():
    """A call of a.b.c is listed as 'a.b.c'; calls inside a lambda belong to the function."""
    assert entry(inventory(SHOP), "Basket.add", "SHOP")["calls"] == ["round", "self.items.append"], (
        "Basket.add calls ['round', 'self.items.append']: the callee self.items.append is an "
        "ast.Attribute; follow .value down to the ast.Name and join the parts with dots"
    )
    assert entry(inventory(SHOP), "Basket.total", "SHOP")["calls"] == ["log.write", "open", "round", "str"], (
        "Basket.total calls ['log.write', 'open', 'round', 'str']: a call inside the arguments of "
        "another call counts too (visit the children of every ast.Call)"
    )
    assert entry(inventory(SHOP), "cheapest", "SHOP")["calls"] == ["basket.total", "len", "min"], (
        "cheapest calls ['basket.total', 'len', 'min']: the lambda's body is part of cheapest"
    )


def test_nested_function_bodies_are_their_own():
    """What a nested function's body assigns and calls belongs to it, not to the function around it."""
    result = inventory(SHOP)
    assert entry(result, "log_calls", "SHOP")["assigns"] == [], (
        "log_calls assigns nothing itself: result = ... is in the body of wrapper, and def wrapper "
        "is a FunctionDef, not an assignment to a Name. Do not walk into a nested function's body "
        "from the outer one (ast.walk goes everywhere)"
    )
    assert entry(result, "log_calls.wrapper", "SHOP") == {"assigns": ["result"], "calls": ["func", "print"]}, (
        "log_calls.wrapper should be {'assigns': ['result'], 'calls': ['func', 'print']}: only what "
        "its body does (its decorator @functools.wraps(func) runs in log_calls)"
    )


def test_decorators_and_defaults_run_in_the_enclosing_function():
    """A nested def's decorators and default values are evaluated by the function around it."""
    assert entry(inventory(SHOP), "log_calls", "SHOP")["calls"] == ["functools.wraps"], (
        "log_calls calls ['functools.wraps']: @functools.wraps(func) is evaluated when log_calls "
        "runs the def, so the decorator's call belongs to log_calls, not to wrapper"
    )
    source = (
        "def outer(values):\n"
        "    limit = max(values)\n"
        "    def inner(x, cap=min(values)):\n"
        "        clipped = abs(x)\n"
        "        return clipped\n"
        "    ordered = sorted(values)\n"
        "    return inner\n"
    )
    assert inventory(source) == {
        "outer": {"assigns": ["limit", "ordered"], "calls": ["max", "min", "sorted"]},
        "outer.inner": {"assigns": ["clipped"], "calls": ["abs"]},
    }, (
        "For outer/inner, min(values) is a default value: it runs once, when outer executes the "
        "def, so it is one of outer's calls. Expected {'outer': {'assigns': ['limit', 'ordered'], "
        "'calls': ['max', 'min', 'sorted']}, 'outer.inner': {'assigns': ['clipped'], 'calls': "
        "['abs']}}; after the nested def, outer's own statements count for outer again"
    )


def test_class_inside_a_function():
    """A class body belongs to no function; its bases are evaluated by the function around it."""
    source = (
        "def build(kind):\n"
        "    class Local(base_for(kind)):\n"
        "        size = compute()\n"
        "        def method(self):\n"
        "            value = helper()\n"
        "            return value\n"
        "    made = Local()\n"
        "    return made\n"
    )
    assert inventory(source) == {
        "build": {"assigns": ["made"], "calls": ["Local", "base_for"]},
        "build.Local.method": {"assigns": ["value"], "calls": ["helper"]},
    }, (
        "inventory of build should be {'build': {'assigns': ['made'], 'calls': ['Local', 'base_for']}, "
        "'build.Local.method': {'assigns': ['value'], 'calls': ['helper']}}: the base class expression "
        "base_for(kind) runs in build, but size = compute() is in the class body, which is no "
        "function's; the method is named build.Local.method"
    )


def test_async_functions():
    """async def, await, async with and async for count like their plain forms."""
    source = (
        "async def fetch(url):\n"
        "    reply = await get(url)\n"
        "    async with session() as s:\n"
        "        async for chunk in s.read():\n"
        "            print(chunk)\n"
        "    return reply\n"
    )
    assert inventory(source) == {
        "fetch": {"assigns": ["chunk", "reply", "s"], "calls": ["get", "print", "s.read", "session"]}
    }, (
        "inventory of async def fetch should be {'fetch': {'assigns': ['chunk', 'reply', 's'], "
        "'calls': ['get', 'print', 's.read', 'session']}}: an async def is an ast.AsyncFunctionDef, "
        "a node of its own (visit_AsyncFunctionDef)"
    )


def test_callees_without_a_name_are_skipped():
    """handlers[0]() and make()() have no dotted name: only the calls inside them are listed."""
    source = "def odd():\n    handlers[0]()\n    make()()\n    shop.open().close()\n"
    assert inventory(source) == {"odd": {"assigns": [], "calls": ["make", "shop.open"]}}, (
        "inventory of odd should be {'odd': {'assigns': [], 'calls': ['make', 'shop.open']}}: the "
        "callees handlers[0], make() and shop.open().close are not names or dotted names, so they "
        "are skipped, but make() and shop.open() are calls of their own"
    )


def test_each_name_once():
    """A name assigned or called several times is listed once."""
    source = "def twice():\n    n = f()\n    n = f()\n    for n in g():\n        f()\n"
    assert inventory(source) == {"twice": {"assigns": ["n"], "calls": ["f", "g"]}}, (
        "inventory of twice should be {'twice': {'assigns': ['n'], 'calls': ['f', 'g']}}: each name "
        "once (collect them in a set, then sort)"
    )
