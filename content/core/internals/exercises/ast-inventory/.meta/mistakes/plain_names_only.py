import ast


class Inventory(ast.NodeVisitor):
    def __init__(self):
        self.found = {}
        self.names = []
        self.current = None

    def visit_FunctionDef(self, node):
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.visit(node.args)
        record = {"assigns": set(), "calls": set()}
        self.found[".".join(self.names + [node.name])] = record
        outer = self.current
        self.names.append(node.name)
        self.current = record
        for statement in node.body:
            self.visit(statement)
        self.names.pop()
        self.current = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        for base in node.bases:
            self.visit(base)
        outer = self.current
        self.names.append(node.name)
        self.current = None
        for statement in node.body:
            self.visit(statement)
        self.names.pop()
        self.current = outer

    def visit_Name(self, node):
        if self.current is not None and isinstance(node.ctx, ast.Store):
            self.current["assigns"].add(node.id)

    def visit_Call(self, node):
        if self.current is not None and isinstance(node.func, ast.Name):
            self.current["calls"].add(node.func.id)
        self.generic_visit(node)


def inventory(source):
    visitor = Inventory()
    visitor.visit(ast.parse(source))
    return {k: {"assigns": sorted(v["assigns"]), "calls": sorted(v["calls"])} for k, v in visitor.found.items()}
