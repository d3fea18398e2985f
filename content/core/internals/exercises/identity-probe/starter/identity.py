"""Same object, or only equal? Ask the running interpreter instead of guessing."""


def relation(a: object, b: object) -> str:
    """"same object" when a is b, else "equal" when a == b, else "different"."""
    raise NotImplementedError("relation is not written yet")


def aliases(source: str) -> list[list[str]]:
    """Run source; the groups of (two or more) names bound to one and the same object."""
    raise NotImplementedError("aliases is not written yet")


def small_int_cache(low: int, high: int) -> list[int]:
    """The ints from low to high (both included) that this interpreter keeps as one shared object."""
    raise NotImplementedError("small_int_cache is not written yet")
