"""Closures from the inside: cells, nonlocal, and the late-binding trap."""


def make_account(balance):
    """(deposit, current): two functions that share the balance through one cell."""

    def deposit(amount):
        balance = balance + amount  # run it: UnboundLocalError. Why?
        return balance

    def current():
        return balance

    return deposit, current


def make_multipliers(n):
    """n functions; the i-th returns x * i."""
    return [lambda x: x * i for i in range(n)]  # try make_multipliers(3)[0](10)


def cell_values(fn):
    """{free variable of fn: the value its cell holds now}; empty cells left out."""
    raise NotImplementedError("cell_values is not written yet")


def shared_cells(f, g):
    """The sorted names of the free variables that f and g reach through the very same cell."""
    raise NotImplementedError("shared_cells is not written yet")


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
