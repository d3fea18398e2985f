"""List, for every function of a source, the names it assigns and the things it calls."""

import ast


def call_name(node: ast.expr) -> str | None:
    """f -> "f", a.b.c -> "a.b.c"; None for anything else (f()(), items[0]...)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = call_name(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


class Inventory(ast.NodeVisitor):
    def __init__(self) -> None:
        self.found: dict[str, dict[str, set[str]]] = {}
        self.names: list[str] = []  # the functions and classes we are inside, outermost first
        self.current: dict[str, set[str]] | None = None  # the record of the innermost function

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        # Decorators and default values run when the def runs, in the enclosing
        # scope: they belong to the function around this one.
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.visit(node.args)
        record: dict[str, set[str]] = {"assigns": set(), "calls": set()}
        self.found[".".join([*self.names, node.name])] = record
        self._inside(node.name, record, node.body)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for outer in [*node.decorator_list, *node.bases, *node.keywords]:
            self.visit(outer)
        self._inside(node.name, None, node.body)  # a class body is no function's

    def _inside(self, name: str, record: dict[str, set[str]] | None, body: list[ast.stmt]) -> None:
        outer = self.current
        self.names.append(name)
        self.current = record
        for statement in body:
            self.visit(statement)
        self.names.pop()
        self.current = outer

    def visit_Name(self, node: ast.Name) -> None:
        if self.current is not None and isinstance(node.ctx, ast.Store):
            self.current["assigns"].add(node.id)

    def visit_Call(self, node: ast.Call) -> None:
        name = call_name(node.func)
        if self.current is not None and name is not None:
            self.current["calls"].add(name)
        self.generic_visit(node)  # the callee and the arguments may hold calls too


def inventory(source: str) -> dict[str, dict[str, list[str]]]:
    """{qualified function name: {"assigns": sorted names, "calls": sorted callees}}."""
    visitor = Inventory()
    visitor.visit(ast.parse(source))
    return {
        name: {"assigns": sorted(record["assigns"]), "calls": sorted(record["calls"])}
        for name, record in visitor.found.items()
    }
