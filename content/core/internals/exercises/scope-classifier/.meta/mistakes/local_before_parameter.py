"""Where does each name live? Ask the compiler's symbol tables."""

import builtins
import symtable


def kind_of(symbol: symtable.Symbol, module_names: set[str]) -> str:
    """The scope the compiler chose for one name of a function or class body."""
    name = symbol.get_name()
    if symbol.is_local():
        return "local"
    if symbol.is_parameter():
        return "parameter"
    if symbol.is_declared_global():
        return "global"
    if symbol.is_nonlocal():
        return "nonlocal"
    if symbol.is_free():
        return "free"
    if symbol.is_local():
        return "local"
    # An implicit global: the module's own name, or else a builtin (or an error at run time).
    if name in module_names or not hasattr(builtins, name):
        return "global"
    return "builtin"


def classify(source: str) -> dict[str, dict[str, str]]:
    """{dotted name of each function and class: {name: its kind}}, dunder names left out."""
    module = symtable.symtable(source, "<source>", "exec")
    module_names = {s.get_name() for s in module.get_symbols() if s.is_assigned() or s.is_imported()}
    found: dict[str, dict[str, str]] = {}
    pending = [(table, table.get_name()) for table in module.get_children()]
    while pending:
        table, dotted = pending.pop()
        found[dotted] = {
            symbol.get_name(): kind_of(symbol, module_names)
            for symbol in table.get_symbols()
            if not (symbol.get_name().startswith("__") and symbol.get_name().endswith("__"))
        }
        pending.extend((child, f"{dotted}.{child.get_name()}") for child in table.get_children())
    return found
