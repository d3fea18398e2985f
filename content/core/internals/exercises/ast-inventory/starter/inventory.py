"""List, for every function of a source, the names it assigns and the things it calls."""

import ast


class Inventory(ast.NodeVisitor):
    """Walks a tree; visit_FunctionDef, visit_Name, visit_Call... are called for those nodes."""

    def __init__(self) -> None:
        self.found: dict[str, dict[str, set[str]]] = {}


def inventory(source: str) -> dict[str, dict[str, list[str]]]:
    """{qualified function name: {"assigns": sorted names, "calls": sorted callees}}."""
    raise NotImplementedError("inventory is not written yet")
