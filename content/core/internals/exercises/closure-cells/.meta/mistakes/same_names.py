"""Closures from the inside: cells, nonlocal, and the late-binding trap."""


def make_account(balance):
    """(deposit, current): two functions that share the balance through one cell."""

    def deposit(amount):
        nonlocal balance  # assign make_account's balance, not a new local
        balance = balance + amount
        return balance

    def current():
        return balance

    return deposit, current


def make_multipliers(n):
    """n functions; the i-th returns x * i."""

    def times(i):
        def multiply(x):
            return x * i  # this i is times' own: one cell per call of times

        return multiply

    return [times(i) for i in range(n)]


def cell_values(fn):
    """{free variable of fn: the value its cell holds now}; empty cells left out."""
    values = {}
    for name, cell in zip(fn.__code__.co_freevars, fn.__closure__ or ()):
        try:
            values[name] = cell.cell_contents
        except ValueError:  # an empty cell: the variable has no value (yet)
            pass
    return values


def shared_cells(f, g):
    """The sorted names of the free variables that f and g reach through the very same cell."""
    cells_of_g = dict(zip(g.__code__.co_freevars, g.__closure__ or ()))
    return sorted(
        name
        for name, cell in zip(f.__code__.co_freevars, f.__closure__ or ())
        if name in cells_of_g
    )


# --- Sample closures, already written: try your functions on them (the tests do too). ---


def make_greeter(greeting, punctuation="!"):
    """greet remembers greeting and punctuation: two cells."""

    def greet(name):
        return f"{greeting}, {name}{punctuation}"

    return greet


def make_pair():
    """up and down share ONE cell, count; each call of make_pair makes a new one."""
    count = 0

    def up():
        nonlocal count
        count += 1
        return count

    def down():
        nonlocal count
        count -= 1
        return count

    return up, down


def make_lazy():
    """get reads value, which has no value until put runs: its cell starts empty."""
    value = None
    del value

    def get():
        return value

    def put(new):
        nonlocal value
        value = new

    return get, put
