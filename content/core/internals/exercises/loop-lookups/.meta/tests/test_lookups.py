import dis
import types

import pytest

from lookups import loop_globals, row_totals, unit_vectors

SOURCE = '''
import math

SCALE = 2.0


def norms(points):
    result = []
    for x, y in points:
        result.append(math.hypot(x, y) * SCALE)
    return result


def fast_norms(points):
    hypot = math.hypot
    scale = SCALE
    result = []
    for x, y in points:
        result.append(hypot(x, y) * scale)
    return result


def countdown(n):
    while n > 0:
        print(n)
        n -= 1
    return str(n)


def table(rows):
    for row in rows:
        for cell in row:
            print(format(cell, ">5"), end="")
        print()
    return len(rows)


def no_loop(x):
    return abs(x) + len(str(x))


class Shelf:
    def count(self, items):
        total = 0
        for item in items:
            if isinstance(item, Book):
                total += 1
        return total


def outer(words):
    def inner():
        for word in words:
            print(word.upper())
    return inner
'''


# The truth, computed here with this Python's own compiler and dis.
def loops_of(code):
    return [
        (ins.argval, ins.offset)
        for ins in dis.get_instructions(code)
        if "JUMP" in ins.opname and ins.argval < ins.offset
    ]


def loop_loads(code):
    loops = loops_of(code)
    return sorted({
        ins.argval for ins in dis.get_instructions(code)
        if ins.opname == "LOAD_GLOBAL" and any(a <= ins.offset <= b for a, b in loops)
    })


def live_loop_globals(source):
    found, pending = {}, [compile(source, "<source>", "exec")]
    while pending:
        for constant in pending.pop().co_consts:
            if isinstance(constant, types.CodeType):
                found[constant.co_qualname] = loop_loads(constant)
                pending.append(constant)
    return found


def test_a_global_in_a_loop():
    """A global read on every turn of a loop is listed; one read after the loop is not."""
    source = "def total(items):\n    n = 0\n    for x in items:\n        n += abs(x)\n    return len(items), n\n"
    assert loop_globals(source) == {"total": ["abs"]}, (
        "loop_globals of total should be {'total': ['abs']}: abs is loaded with LOAD_GLOBAL inside "
        "the loop (between FOR_ITER and the JUMP_BACKWARD that goes back to it), but len is loaded "
        "after the loop, once. Only count LOAD_GLOBAL instructions whose offset is inside a loop"
    )


def test_no_loop_no_names():
    """A function without a loop, or whose loop uses only locals, gets an empty list."""
    source = "def f(x):\n    return abs(x)\n\n\ndef g(xs):\n    out = []\n    for x in xs:\n        out.append(x)\n    return out\n"
    assert loop_globals(source) == {"f": [], "g": []}, (
        "loop_globals should give {'f': [], 'g': []}: f has no loop at all, and g's loop only "
        "uses locals (out.append is an attribute of a local, not a global). Every function has "
        "an entry, even when its list is empty"
    )


def test_hoisted_lookups_are_not_in_the_loop():
    """Copying a global into a local before the loop takes it out of the loop."""
    result = loop_globals(SOURCE)
    assert result.get("norms") == ["SCALE", "math"], (
        f"loop_globals(SOURCE)['norms'] should be ['SCALE', 'math'] (sorted), not {result.get('norms')}: "
        "math and SCALE are globals read on every turn"
    )
    assert result.get("fast_norms") == [], (
        f"loop_globals(SOURCE)['fast_norms'] should be [], not {result.get('fast_norms')}: its loop only "
        "reads locals (hypot, scale); math and SCALE are read once, before the loop"
    )


def test_methods_and_nested_functions_are_found():
    """Code objects inside code objects are found too, named by co_qualname."""
    result = loop_globals(SOURCE)
    for name in ["Shelf", "Shelf.count", "outer", "outer.<locals>.inner"]:
        assert name in result, (
            f"loop_globals(SOURCE) should have an entry {name!r}: a method's code object is a "
            "constant of the class body's code object, and inner's one of outer's. Look in "
            "co_consts of every code object you find, not only the module's, and name each one by "
            "its co_qualname"
        )
    assert result["Shelf.count"] == ["Book", "isinstance"], (
        f"loop_globals(SOURCE)['Shelf.count'] should be ['Book', 'isinstance'], not {result['Shelf.count']}"
    )
    assert result["outer.<locals>.inner"] == ["print"], (
        "loop_globals(SOURCE)['outer.<locals>.inner'] should be ['print']: builtins such as print "
        "are loaded with LOAD_GLOBAL too (the global namespace is searched first, then builtins)"
    )


def test_the_whole_source():
    """Every function of SOURCE, compared with this Python's own bytecode."""
    expected = live_loop_globals(SOURCE)
    assert loop_globals(SOURCE) == expected, (
        f"loop_globals(SOURCE) should be {expected}. A loop runs from the target of a backward "
        "jump (an instruction with JUMP in its name whose argval, the offset it jumps to, is "
        "smaller than its own offset) to that jump; while loops and nested loops too"
    )


def test_module_code_is_not_listed():
    """The module's own code object is not an entry: only the code objects inside it."""
    assert loop_globals("for i in range(3):\n    print(i)\n") == {}, (
        "loop_globals('for i in range(3): print(i)') should be {}: this loop is in the module's "
        "own code, which is not a function (and reads names with LOAD_NAME)"
    )


# --- the learner's own functions, read from their bytecode -------------------------------

PLAIN = (type(None), bool, int, float, complex, str, bytes, tuple, frozenset, type(...))
TEMPLATE = compile("def template(): pass", "<template>", "exec").co_consts[0]


def real_code(code):
    """This process's copy of a code object that lives in the learner's process: the same
    bytecode, names and tables, so that dis can read it here."""
    consts = tuple(
        c if type(c) in PLAIN else real_code(c) if hasattr(c, "co_code") else None
        for c in code.co_consts
    )
    return TEMPLATE.replace(
        co_code=code.co_code, co_consts=consts, co_names=tuple(code.co_names),
        co_varnames=tuple(code.co_varnames), co_freevars=tuple(code.co_freevars),
        co_cellvars=tuple(code.co_cellvars), co_argcount=code.co_argcount,
        co_posonlyargcount=code.co_posonlyargcount, co_kwonlyargcount=code.co_kwonlyargcount,
        co_nlocals=code.co_nlocals, co_stacksize=code.co_stacksize, co_flags=code.co_flags,
        co_exceptiontable=code.co_exceptiontable, co_linetable=code.co_linetable,
        co_firstlineno=code.co_firstlineno, co_name=code.co_name, co_qualname=code.co_qualname,
        co_filename=code.co_filename,
    )


def all_code(function, name):
    try:
        code = real_code(function.__code__)
    except AttributeError:
        pytest.fail(f"{name} should be a function written with def in lookups.py", pytrace=False)
    found, pending = [], [code]
    while pending:
        current = pending.pop()
        found.append(current)
        pending.extend(c for c in current.co_consts if isinstance(c, types.CodeType))
    return found


def check_loops(function, name):
    codes = all_code(function, name)
    assert any(loops_of(code) for code in codes), (
        f"{name} should work with a loop (a for loop or a comprehension): the point is a loop "
        "whose turns do no global lookup, and its bytecode has no loop at all"
    )
    in_loops = sorted({n for code in codes for n in loop_loads(code)})
    assert in_loops == [], (
        f"{name} loads {in_loops} with LOAD_GLOBAL inside its loop, on every turn. Look each one "
        "up once, before the loop, into a local name (hypot = math.hypot), or make it a default "
        "value of a parameter (def f(rows, add_up=sum)): locals are read with LOAD_FAST"
    )


def pairs(result, call):
    """The numbers of a list of (x, y) tuples, in one flat list."""
    assert type(result) is list and all(type(v) is tuple and len(v) == 2 for v in result), (
        f"{call} should give a list of (x, y) tuples, not {result!r}"
    )
    return [number for pair in result for number in pair]


def test_unit_vectors_values():
    """unit_vectors scales each point to length 1."""
    result = pairs(unit_vectors([(3.0, 4.0), (-2.0, 0.0), (1.0, 1.0)]), "unit_vectors([(3, 4), (-2, 0), (1, 1)])")
    assert result == pytest.approx([0.6, 0.8, -1.0, 0.0, 0.70710678, 0.70710678]), (
        "unit_vectors([(3, 4), (-2, 0), (1, 1)]) should be about [(0.6, 0.8), (-1.0, 0.0), "
        "(0.7071, 0.7071)]: divide x and y by the length math.hypot(x, y)"
    )


def test_unit_vectors_zero_point():
    """The point (0, 0) has no direction: it stays (0.0, 0.0)."""
    try:
        vectors = unit_vectors([(0.0, 0.0), (0.0, 5.0)])
    except ZeroDivisionError:
        pytest.fail(
            "unit_vectors([(0, 0), (0, 5)]) raised ZeroDivisionError: the point (0, 0) has "
            "length 0, so check the length first and give (0.0, 0.0) for it",
            pytrace=False,
        )
    result = pairs(vectors, "unit_vectors([(0, 0), (0, 5)])")
    assert result == pytest.approx([0.0, 0.0, 0.0, 1.0]), (
        "unit_vectors([(0, 0), (0, 5)]) should be [(0.0, 0.0), (0.0, 1.0)]: a point of length 0 "
        "gives (0.0, 0.0) instead of a ZeroDivisionError"
    )
    assert unit_vectors([]) == [], "unit_vectors([]) should be []"


def test_unit_vectors_loop_has_no_global_lookup():
    """unit_vectors' bytecode: no LOAD_GLOBAL inside its loop."""
    check_loops(unit_vectors, "unit_vectors")


def test_row_totals_values():
    """row_totals gives each row's sum, rounded to 2 decimals."""
    assert row_totals([[0.125, 0.25], [1, 2, 3], [], [2.5, -0.004]]) == pytest.approx([0.38, 6, 0, 2.5]), (
        "row_totals([[0.125, 0.25], [1, 2, 3], [], [2.5, -0.004]]) should be [0.38, 6, 0, 2.5]: "
        "sum each row, then round(total, 2)"
    )


def test_row_totals_loop_has_no_global_lookup():
    """row_totals' bytecode: no LOAD_GLOBAL inside its loop, not even for builtins."""
    check_loops(row_totals, "row_totals")
