import ast


class ConstantFolder(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            try:
                return ast.Constant(eval(ast.unparse(node)))
            except Exception:
                return node
        return node

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        if isinstance(node.operand, ast.Constant):
            return ast.Constant(eval(ast.unparse(node)))
        return node


def fold(source):
    tree = ConstantFolder().visit(ast.parse(source))
    return ast.unparse(ast.fix_missing_locations(tree))
