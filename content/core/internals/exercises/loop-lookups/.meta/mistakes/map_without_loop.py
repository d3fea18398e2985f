"""Find the global lookups that run on every turn of a loop, and write loops without them."""

import dis
import math
import types


def loop_offsets(code: types.CodeType) -> list[tuple[int, int]]:
    """(start, end) of each loop: a backward jump goes from end back to start."""
    return [
        (instruction.argval, instruction.offset)
        for instruction in dis.get_instructions(code)
        if "JUMP" in instruction.opname and instruction.argval < instruction.offset
    ]


def globals_in_loops(code: types.CodeType) -> list[str]:
    """The names this code object loads with LOAD_GLOBAL inside one of its loops."""
    loops = loop_offsets(code)
    names = {
        instruction.argval
        for instruction in dis.get_instructions(code)
        if instruction.opname == "LOAD_GLOBAL"
        and any(start <= instruction.offset <= end for start, end in loops)
    }
    return sorted(names)


def loop_globals(source: str) -> dict[str, list[str]]:
    """{qualified name of every code object inside the module: the globals its loops load}."""
    found = {}
    pending = [compile(source, "<source>", "exec")]
    while pending:
        code = pending.pop()
        for constant in code.co_consts:
            if isinstance(constant, types.CodeType):
                found[constant.co_qualname] = globals_in_loops(constant)
                pending.append(constant)
    return found


def unit_vectors(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Each point scaled to length 1; (0, 0) stays (0.0, 0.0). No global lookup in the loop."""
    hypot = math.hypot  # looked up once, before the loop: a local from here on
    vectors = []
    for x, y in points:
        length = hypot(x, y)
        if length == 0:
            vectors.append((0.0, 0.0))
        else:
            vectors.append((x / length, y / length))
    return vectors


def row_totals(rows, add_up=sum, rounded=round):
    return list(map(lambda row: rounded(add_up(row), 2), rows))
