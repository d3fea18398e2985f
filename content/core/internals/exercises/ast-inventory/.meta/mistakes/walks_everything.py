import ast


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return None if base is None else base + "." + node.attr
    return None


def inventory(source):
    tree = ast.parse(source)
    found = {}

    def scan(body, prefix):
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                assigns, calls = set(), set()
                for inner in ast.walk(node):  # goes into nested functions too
                    if isinstance(inner, ast.Name) and isinstance(inner.ctx, ast.Store):
                        assigns.add(inner.id)
                    elif isinstance(inner, ast.Call) and dotted(inner.func):
                        calls.add(dotted(inner.func))
                found[prefix + node.name] = {"assigns": sorted(assigns), "calls": sorted(calls)}
                scan(node.body, prefix + node.name + ".")
            elif isinstance(node, ast.ClassDef):
                scan(node.body, prefix + node.name + ".")

    scan(tree.body, "")
    return found
