"""The checks play a model that sends good sums, mistakes and hostile text."""

import pytest

import calculator


def value_of(expression):
    try:
        return calculator.calculate(expression)
    except calculator.CalculatorError as error:
        pytest.fail(f"calculate({expression!r}) should work, but it was refused: {error}", pytrace=False)


def refusal(expression, why):
    """The message of the CalculatorError that calculate(expression) must raise."""
    try:
        result = calculator.calculate(expression)
    except calculator.CalculatorError as error:
        return str(error)
    except Exception as error:
        pytest.fail(
            f"calculate({expression!r}) should raise CalculatorError ({why}), but "
            f"{type(error).__name__} came out: {error}. Check the tree before you compute, "
            "and turn every refusal into a CalculatorError",
            pytrace=False,
        )
    pytest.fail(
        f"calculate({expression!r}) should be refused ({why}), but it returned {result!r}",
        pytrace=False,
    )


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("2 + 3 * 4", 14),
        ("(2 + 3) * 4", 20),
        ("10 - 4 - 3", 3),
        ("7 / 2", 3.5),
        ("2 ** 10", 1024),
        ("2 ** 3 ** 2", 512),
        ("2 ** -1", 0.5),
        ("-3 - -4", 1),
        ("+5", 5),
        ("1.5 * 4", 6.0),
        ("  (12.5 + 7.5) * 3 ", 60.0),
    ],
)
def test_arithmetic(expression, expected):
    """Numbers, + - * / **, signs and parentheses give the same value as Python."""
    value = value_of(expression)
    assert value == expected and type(value) is type(expected), (
        f"calculate({expression!r}) should return {expected!r}, as Python computes it"
    )


@pytest.mark.parametrize(
    "expression",
    ["7 // 2", "7 % 2", "1 < 2", "2 & 3", "~1", "not 1", "1 if 2 else 3", "max(2, 3)", "abs(-2)"],
)
def test_other_operators_are_refused(expression):
    """Only + - * / ** and signs: floor division, remainders, comparisons, calls are refused."""
    message = refusal(expression, "only + - * / ** and a sign in front are allowed")
    assert message == f"not allowed in a calculation: {expression}", (
        f"calculate({expression!r}) should say 'not allowed in a calculation: {expression}', "
        f"not {message!r}"
    )


@pytest.mark.parametrize(
    ("expression", "part", "why"),
    [
        ("True + 1", "True", "True is not a number: its type is bool, a subclass of int, so test type(value) in (int, float), not isinstance"),
        ("'ab' * 3", "'ab'", "a string is not a number"),
        ("2 * 1j", "1j", "a complex number is not allowed"),
        ("None", "None", "None is not a number"),
        ("[1, 2]", "[1, 2]", "a list is not a number"),
        ("1 + x", "x", "a name is not a number"),
        ("-(price * 2)", "price", "a name is not a number"),
        ("2 ** (1 + y)", "y", "a name is not a number"),
    ],
)
def test_only_numbers(expression, part, why):
    """True, strings, complex numbers, lists and names are not numbers: the part is named."""
    message = refusal(expression, why)
    assert message == f"not allowed in a calculation: {part}", (
        f"calculate({expression!r}) should name the part it refuses: 'not allowed in a "
        f"calculation: {part}' (ast.unparse of that node), not {message!r}"
    )


@pytest.mark.parametrize(
    "expression",
    [
        "__import__('os').system('echo hacked')",
        "(1).__class__",
        "().__class__.__base__.__subclasses__()",
        "open('/etc/passwd').read()",
        "[c for c in ().__class__.__mro__]",
        "(lambda: 1)()",
        "(x := 5)",
        "globals()",
    ],
)
def test_hostile_text_is_refused(expression):
    """Imports, attributes, calls, lambdas and names from a hostile model are refused."""
    message = refusal(expression, "a model may not run code through the calculator")
    assert message.startswith("not allowed in a calculation: "), (
        f"calculate({expression!r}) should say 'not allowed in a calculation: ...', not {message!r}"
    )


def test_nothing_runs(tmp_path):
    """A hostile expression that would write a file is refused, and no file appears."""
    target = tmp_path / "pwned.txt"
    expression = f"__import__('pathlib').Path({str(target)!r}).write_text('x')"
    refusal(expression, "the model asks to write a file")
    assert not target.exists(), (
        "The model's text wrote a file: the calculator ran it. Never eval or exec the text: "
        "read it with ast.parse and compute only numbers and operators yourself"
    )


def test_text_that_is_not_an_expression():
    """Text that does not parse as an expression is refused with its repr."""
    for expression in ["2 +", "import os", "x = 1", ""]:
        message = refusal(expression, "it is not an expression")
        assert message == f"not a valid expression: {expression!r}", (
            f"calculate({expression!r}) should say {f'not a valid expression: {expression!r}'!r}, "
            f"not {message!r}: catch the SyntaxError of ast.parse"
        )


def test_length_limit():
    """200 characters are fine; 201 are refused before anything else."""
    sum_of_ones = "1+" * 99 + "1 "
    assert len(sum_of_ones) == 200
    assert value_of(sum_of_ones) == 100, "A sum of 100 ones written in 200 characters should give 100"
    message = refusal(sum_of_ones + " ", "the text is 201 characters long")
    assert message == "an expression may be at most 200 characters long", (
        f"A text of 201 characters should be refused with 'an expression may be at most "
        f"200 characters long', not {message!r}"
    )
    message = refusal("x" * 201, "the text is 201 characters long")
    assert message == "an expression may be at most 200 characters long", (
        "The length is checked first, before parsing: 201 x's should get the length message"
    )


def test_exponent_limits():
    """The exponent must be a whole number from -100 to 100, checked before computing."""
    assert value_of("1 ** 100") == 1, "calculate('1 ** 100') should be 1: 100 is allowed"
    assert value_of("(-1) ** -100") == 1.0, "calculate('(-1) ** -100') should be 1.0: -100 is allowed"
    expected = "an exponent must be a whole number from -100 to 100"
    for expression, why in [
        ("1 ** 101", "101 is above 100"),
        ("1 ** -101", "-101 is below -100"),
        ("2 ** 0.5", "0.5 is not a whole number"),
        ("4 ** 2.0", "2.0 is a float, not an int"),
        ("9 ** 9 ** 9", "9 ** 9 is 387420489"),
        ("1 ** 10 ** 100", "10 ** 100 is far above 100; computing it first would never end"),
    ]:
        message = refusal(expression, why)
        assert message == expected, f"calculate({expression!r}) should say {expected!r} ({why}), not {message!r}"


def test_size_limit():
    """No number, written or computed, may be larger than 10**100."""
    assert value_of("10 ** 100") == 10**100, "calculate('10 ** 100') should work: 10**100 itself is allowed"
    assert value_of("-10 ** 100") == -(10**100), "calculate('-10 ** 100') should work: -(10**100) is allowed"
    assert value_of("1" + "0" * 100) == 10**100, "The number 10**100 written out in full should be allowed"
    expected = "a number in the calculation is larger than 10**100"
    for expression, why in [
        ("10 ** 100 + 1", "the sum is above 10**100"),
        ("-10 ** 100 - 1", "the result is below -(10**100)"),
        ("1" + "0" * 100 + "1", "the number written is above 10**100"),
        ("(10 ** 100 * 10) - 10 ** 100 * 9", "a step in the middle is above 10**100"),
        ("1e308 * 10", "the float overflows to infinity"),
        ("(2 ** 100) ** 100", "the power is about 10**3010"),
    ]:
        message = refusal(expression, why)
        assert message == expected, f"calculate({expression!r}) should say {expected!r} ({why}), not {message!r}"


def test_arithmetic_errors():
    """Division by zero and other arithmetic errors become CalculatorError."""
    message = refusal("1 / 0", "a division by zero")
    assert message == "cannot compute: division by zero", (
        f"calculate('1 / 0') should say 'cannot compute: division by zero', not {message!r}: "
        "catch ArithmeticError around the operation"
    )
    message = refusal("0 ** -1", "zero to a negative power")
    assert message == "cannot compute: 0.0 cannot be raised to a negative power", (
        f"calculate('0 ** -1') should say 'cannot compute: ' and Python's message, not {message!r}"
    )
    message = refusal("1e99 ** 4", "the float power overflows")
    assert message.startswith("cannot compute: "), (
        f"calculate('1e99 ** 4') should say 'cannot compute: ...' (Python raises OverflowError), not {message!r}"
    )


def test_the_tool_answers_in_text():
    """calculator_tool gives the value as text, or 'error: ' and the reason."""
    assert calculator.calculator_tool("2 + 3 * 4") == "14", "calculator_tool('2 + 3 * 4') should return '14'"
    assert calculator.calculator_tool("7 / 2") == "3.5", "calculator_tool('7 / 2') should return '3.5'"
    assert calculator.calculator_tool("1 + x") == "error: not allowed in a calculation: x", (
        "calculator_tool('1 + x') should return 'error: not allowed in a calculation: x': the "
        "tool never raises, it tells the model what went wrong"
    )
    assert calculator.calculator_tool("1 / 0") == "error: cannot compute: division by zero", (
        "calculator_tool('1 / 0') should return 'error: cannot compute: division by zero'"
    )
