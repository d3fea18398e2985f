"""Pretend warehouse floors for trying count_routes. Do not change this file: the checks use their own copy.

    >>> is_free = with_shelves((1, 1))
    >>> is_free(0, 1), is_free(1, 1)
    (True, False)
"""


def with_shelves(*cells):
    """An is_free(row, col) for a floor whose only blocked cells are `cells`, (row, col) pairs."""
    blocked = set(cells)

    def is_free(row, col):
        return (row, col) not in blocked

    return is_free
