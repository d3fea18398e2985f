"""Count a robot's routes across a warehouse floor, remembering what it already worked out."""

from functools import cache

import floors  # pretend floors: the checks reach them through this line, keep it


def count_routes(rows, cols, is_free):
    """How many routes lead from (0, 0) to (rows - 1, cols - 1), one step right or down at a
    time, through free cells only. is_free(row, col) says whether a cell is free."""

    @cache  # a new cache for every floor: it lives only as long as this call
    def routes_from(row, col):
        if row >= rows or col >= cols or not is_free(row, col):
            return 0
        if row == rows - 1 and col == cols - 1:
            return 1
        return routes_from(row + 1, col) + routes_from(row, col + 1)

    return routes_from(0, 0)
