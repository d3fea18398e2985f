import ast

import pytest

from folder import fold


def norm(source):
    """How ast.unparse writes this source on the Python running the tests."""
    return ast.unparse(ast.parse(source))


def folded(source):
    """fold's answer, with a plain failure when it raises or gives something that is not source."""
    try:
        result = fold(source)
    except ZeroDivisionError:
        pytest.fail(
            f"fold({source!r}) raised ZeroDivisionError: when computing an operation fails, leave "
            "that operation as it is (the program will raise when it runs, as it always did)",
            pytrace=False,
        )
    assert isinstance(result, str), f"fold should return the new source as a str, not {type(result).__name__}"
    try:
        ast.parse(result)
    except SyntaxError as error:
        pytest.fail(f"fold({source!r}) returned {result!r}, which is not valid Python ({error.msg})", pytrace=False)
    return result


def check(source, expected, why):
    assert folded(source) == norm(expected), f"fold({source!r}) should be {norm(expected)!r}: {why}"


def test_one_operation():
    """An operation on two numbers becomes its result."""
    check("x = 6 * 7", "x = 42", "6 * 7 is computed once, before the program runs")
    check("y = 10 - 4", "y = 6", "both operands are numbers")


def test_operands_are_folded_first():
    """Folding works from the leaves up: 60 * 60 * 24 becomes 86400."""
    check(
        "seconds = 60 * 60 * 24", "seconds = 86400",
        "(60 * 60) * 24: fold the inner operation first (self.generic_visit(node) before "
        "looking at the operands), then the outer one sees two numbers",
    )
    check("x = 2 * 3 + 4", "x = 10", "2 * 3 becomes 6 first, then 6 + 4 becomes 10")


def test_only_the_constant_part_of_an_expression():
    """A name stops folding where it stands; the constant parts around it are still folded."""
    check("area = width * (2 + 3)", "area = width * 5", "(2 + 3) is folded, width is not a constant")
    check("y = 2 + 3 + x", "y = 5 + x", "(2 + 3) + x: the left part is folded")
    check(
        "y = x + 2 + 3", "y = x + 2 + 3",
        "this is (x + 2) + 3: no operation has two numbers, so nothing changes (do not reorder: "
        "x may be a float or a string)",
    )


def test_all_six_operators():
    """+, -, *, /, // and % are folded."""
    check("a = 1 + 2", "a = 3", "+ is folded")
    check("b = 7 - 9", "b = -2", "- is folded")
    check("c = 2.5 * 4", "c = 10.0", "* is folded, floats too")
    check("d = 7 / 2", "d = 3.5", "/ is folded")
    check("e = 7 // 2", "e = 3", "// is folded")
    check("f = 7 % 4", "f = 3", "% is folded")


def test_power_is_left_alone():
    """** is never folded: 10 ** 10 ** 10 would take forever."""
    check("big = 2 ** 10", "big = 2 ** 10", "leave ** alone, even on small numbers")
    check("big = 10 ** (1 + 2) * 2", "big = 10 ** 3 * 2", "the operands of ** are still folded")


def test_signs():
    """Unary minus and plus on a number are folded."""
    check("a = -(2 + 3)", "a = -5", "2 + 3 becomes 5, then -5")
    check("c = +7 - -3", "c = 10", "+7 is 7 and -3 is -3, so 7 - -3 is 10")
    check("r = -7 % 3", "r = 2", "-7 is folded first, then (-7) % 3 is 2")
    check("m = -x * (4 - 6)", "m = -x * -2", "-x stays: x is not a constant")


def test_not_and_invert_are_left_alone():
    """not and ~ are not folded (their operand still is)."""
    check("u = not 1 + 1", "u = not 2", "not is not one of the operators to fold")
    check("i = ~(1 + 1)", "i = ~2", "~ is not one of the operators to fold")


def test_division_by_zero_is_left_for_run_time():
    """An operation that raises when computed stays as it is."""
    check("bad = 1 / 0", "bad = 1 / 0", "1 / 0 raises ZeroDivisionError: leave it, the program raises when it runs")
    check("bad = 5 % (2 - 2)", "bad = 5 % 0", "(2 - 2) is folded to 0, and 5 % 0 stays")
    check("bad = 1 // 0 + 2 * 2", "bad = 1 // 0 + 4", "the rest of the expression is still folded")


def test_only_int_and_float():
    """Strings, bools and complex numbers are not folded."""
    check("s = 'ab' + 'cd'", "s = 'ab' + 'cd'", "fold only int and float constants, not strings")
    check(
        "flag = True + 1", "flag = True + 1",
        "True is a bool: leave it (isinstance(True, int) is True, so test type(value) in (int, float))",
    )
    check("z = 2j * 3", "z = 2j * 3", "complex numbers are not folded")


def test_everywhere_in_the_program():
    """Default values, function bodies, lists and calls are folded too."""
    check("def f(x=1 + 1):\n    return x * (3 - 1)", "def f(x=2):\n    return x * 2", "fold the whole tree")
    check("k = [1 + 1, (2, 3 * 3)]", "k = [2, (2, 9)]", "fold inside lists and tuples")
    check("print(60 * 60)", "print(3600)", "fold inside the arguments of a call")


PROGRAM = """
SECONDS_PER_DAY = 60 * 60 * 24
WEEK = 7 * SECONDS_PER_DAY
ratio = 3 / 4 - 1 / 4
offset = -(10 - 4) % 5


def price(amount, rate=100 / 5):
    return amount * (1 + rate / 100)


total = price(2 * 10)
label = "x" * (2 + 1)
flag = True + True
"""

FOLDED = """
SECONDS_PER_DAY = 86400
WEEK = 7 * SECONDS_PER_DAY
ratio = 0.5
offset = 4


def price(amount, rate=20.0):
    return amount * (1 + rate / 100)


total = price(20)
label = "x" * 3
flag = True + True
"""


def run(source):
    namespace = {}
    exec(compile(source, "program.py", "exec"), namespace)
    return {k: v for k, v in namespace.items() if not k.startswith("__") and not callable(v)}


def test_a_whole_program():
    """A program folded, then compiled and run: same results, less work."""
    result = folded(PROGRAM)
    assert run(result) == run(PROGRAM), (
        "The folded program should compute the same values as the original when it runs: "
        f"{run(PROGRAM)}, not {run(result)}"
    )
    assert result == norm(FOLDED), (
        f"fold(PROGRAM) should be\n{norm(FOLDED)}\n(every operation on two numbers replaced by its result)"
    )
