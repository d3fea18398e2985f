"""A calculator tool for an agent: arithmetic from a model's text, read with ast, never run."""

import ast

Number = int | float


class CalculatorError(ValueError):
    """An expression the calculator refuses, with the reason."""


def calculate(expression: str) -> Number:
    """The value of an arithmetic expression, or CalculatorError saying why it is refused."""
    # Step 1: refuse text longer than 200 characters.
    # Step 2: ast.parse(expression.strip(), mode="eval"); a SyntaxError becomes a CalculatorError.
    # Step 3: walk the tree yourself, node by node (a helper function that calls itself).
    raise NotImplementedError("write calculate")


def calculator_tool(expression: str) -> str:
    """The calculator as a tool: the result, or the reason it was refused, as text."""
    raise NotImplementedError("write calculator_tool")
