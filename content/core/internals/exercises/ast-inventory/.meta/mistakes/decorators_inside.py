import ast


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return None if base is None else base + "." + node.attr
    return None


class Inventory(ast.NodeVisitor):
    def __init__(self):
        self.found = {}
        self.names = []
        self.current = None

    def visit_FunctionDef(self, node):
        record = {"assigns": set(), "calls": set()}
        self.found[".".join(self.names + [node.name])] = record
        outer = self.current
        self.names.append(node.name)
        self.current = record
        self.generic_visit(node)  # the decorators and defaults too, as if they were inside
        self.names.pop()
        self.current = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        outer = self.current
        self.names.append(node.name)
        self.current = None
        self.generic_visit(node)
        self.names.pop()
        self.current = outer

    def visit_Name(self, node):
        if self.current is not None and isinstance(node.ctx, ast.Store):
            self.current["assigns"].add(node.id)

    def visit_Call(self, node):
        name = dotted(node.func)
        if self.current is not None and name:
            self.current["calls"].add(name)
        self.generic_visit(node)


def inventory(source):
    visitor = Inventory()
    visitor.visit(ast.parse(source))
    return {k: {"assigns": sorted(v["assigns"]), "calls": sorted(v["calls"])} for k, v in visitor.found.items()}
