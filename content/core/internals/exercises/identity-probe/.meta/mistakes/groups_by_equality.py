"""Same object, or only equal? Ask the running interpreter instead of guessing."""


def relation(a: object, b: object) -> str:
    """"same object" when a is b, else "equal" when a == b, else "different"."""
    if a is b:
        return "same object"
    if a == b:
        return "equal"
    return "different"


def aliases(source: str) -> list[list[str]]:
    """Run source; the groups of (two or more) names bound to one and the same object."""
    namespace: dict[str, object] = {}
    exec(source, namespace)
    visible = {name: value for name, value in namespace.items() if not name.startswith("_")}
    groups = []
    for name, value in visible.items():
        group = sorted(other for other in visible if visible[other] == value)
        if len(group) > 1 and group not in groups:
            groups.append(group)
    return sorted(groups)


def small_int_cache(low: int, high: int) -> list[int]:
    """The ints from low to high (both included) that this interpreter keeps as one shared object."""
    return [n for n in range(low, high + 1) if int(str(n)) is int(str(n))]
