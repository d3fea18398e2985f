"""Find the global lookups that run on every turn of a loop, and write loops without them."""

import dis
import math
import types


def loop_globals(source: str) -> dict[str, list[str]]:
    """{qualified name of every code object inside the module: the globals its loops load}."""
    raise NotImplementedError("loop_globals is not written yet")


def unit_vectors(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Each point scaled to length 1; (0, 0) stays (0.0, 0.0). No global lookup in the loop."""
    vectors = []
    for x, y in points:
        length = math.hypot(x, y)  # math is a global: looked up again on every turn
        vectors.append((x / length, y / length))
    return vectors


def row_totals(rows: list[list[float]]) -> list[float]:
    """Each row's sum, rounded to 2 decimals. No global lookup in the loop."""
    return [round(sum(row), 2) for row in rows]
