"""A tiny optimiser: compute the arithmetic on constants before the program runs."""

import ast
import operator

BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
}
UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}


def is_number(node: ast.AST) -> bool:
    """An int or float constant (not a bool: True is an int too, but True + 1 stays)."""
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)


class ConstantFolder(ast.NodeTransformer):
    def visit_BinOp(self, node: ast.BinOp) -> ast.expr:
        self.generic_visit(node)  # fold the operands first: 2 * 3 + 4 -> 6 + 4 -> 10
        compute = BINARY.get(type(node.op))
        if compute is None or not (is_number(node.left) and is_number(node.right)):
            return node
        value = compute(node.left.value, node.right.value)  # type: ignore[attr-defined]
        return ast.copy_location(ast.Constant(value), node)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.expr:
        self.generic_visit(node)
        compute = UNARY.get(type(node.op))
        if compute is None or not is_number(node.operand):
            return node
        return ast.copy_location(ast.Constant(compute(node.operand.value)), node)  # type: ignore[attr-defined]


def fold(source: str) -> str:
    """The source with every foldable operation on numbers replaced by its result."""
    tree = ConstantFolder().visit(ast.parse(source))
    return ast.unparse(ast.fix_missing_locations(tree))
