"""A calculator tool for an agent: arithmetic from a model's text, read with ast, never run."""

import ast
import operator
from collections.abc import Callable

Number = int | float

MAX_LENGTH = 200
MAX_EXPONENT = 100
MAX_SIZE = 10**100

BINARY: dict[type[ast.operator], Callable[[Number, Number], Number]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
UNARY: dict[type[ast.unaryop], Callable[[Number], Number]] = {
    ast.UAdd: operator.pos,
    ast.USub: operator.neg,
}


class CalculatorError(ValueError):
    """An expression the calculator refuses, with the reason."""


def calculate(expression: str) -> Number:
    """The value of an arithmetic expression, or CalculatorError saying why it is refused."""
    if len(expression) > MAX_LENGTH:
        raise CalculatorError(f"an expression may be at most {MAX_LENGTH} characters long")
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError:
        raise CalculatorError(f"not a valid expression: {expression!r}") from None
    return _value(tree.body)


def _value(node: ast.expr) -> Number:
    """The value of one node of the tree; only numbers and the allowed operators pass."""
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        number = node.value
    elif isinstance(node, ast.UnaryOp) and type(node.op) in UNARY:
        number = UNARY[type(node.op)](_value(node.operand))
    elif isinstance(node, ast.BinOp) and type(node.op) in BINARY:
        left, right = _value(node.left), _value(node.right)
        if isinstance(node.op, ast.Pow) and not (type(right) is int and abs(right) <= MAX_EXPONENT):
            raise CalculatorError(f"an exponent must be a whole number from -{MAX_EXPONENT} to {MAX_EXPONENT}")
        try:
            number = BINARY[type(node.op)](left, right)
        except ArithmeticError as error:  # division by zero, a float too large
            raise CalculatorError(f"cannot compute: {error}") from None
    else:
        raise CalculatorError(f"not allowed in a calculation: {ast.unparse(node)}")
    if abs(number) > MAX_SIZE:
        raise CalculatorError("a number in the calculation is larger than 10**100")
    return number


def calculator_tool(expression: str) -> str:
    """The calculator as a tool: the result, or the reason it was refused, as text."""
    try:
        return str(calculate(expression))
    except CalculatorError as error:
        return f"error: {error}"
