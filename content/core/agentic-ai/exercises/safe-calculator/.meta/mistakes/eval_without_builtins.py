"""A calculator tool for an agent: arithmetic from a model's text."""

Number = int | float


class CalculatorError(ValueError):
    """An expression the calculator refuses, with the reason."""


def calculate(expression: str) -> Number:
    """The value of an arithmetic expression, or CalculatorError saying why it is refused."""
    if len(expression) > 200:
        raise CalculatorError("an expression may be at most 200 characters long")
    try:
        # No builtins, so __import__ and open are gone: surely that is safe?
        return eval(expression, {"__builtins__": {}}, {})
    except SyntaxError:
        raise CalculatorError(f"not a valid expression: {expression!r}") from None
    except Exception as error:
        raise CalculatorError(f"not allowed in a calculation: {error}") from None


def calculator_tool(expression: str) -> str:
    """The calculator as a tool: the result, or the reason it was refused, as text."""
    try:
        return str(calculate(expression))
    except CalculatorError as error:
        return f"error: {error}"
