"""Same object, or only equal? Ask the running interpreter instead of guessing."""


def relation(a: object, b: object) -> str:
    """"same object" when a is b, else "equal" when a == b, else "different"."""
    if a == b:
        return "equal"
    if a is b:
        return "same object"
    return "different"


def aliases(source: str) -> list[list[str]]:
    """Run source; the groups of (two or more) names bound to one and the same object."""
    namespace: dict[str, object] = {}
    exec(source, namespace)
    groups: dict[int, list[str]] = {}  # id of the object: the names bound to it
    for name, value in namespace.items():
        if not name.startswith("_"):
            groups.setdefault(id(value), []).append(name)
    return sorted(sorted(names) for names in groups.values() if len(names) > 1)


def small_int_cache(low: int, high: int) -> list[int]:
    """The ints from low to high (both included) that this interpreter keeps as one shared object."""
    return [n for n in range(low, high + 1) if int(str(n)) is int(str(n))]
