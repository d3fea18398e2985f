def passed(scores):
    """Return a list of the names with 50 points or more, in the order of scores."""
    # The `if` at the end filters: pupils below 50 are left out.
    return [name for name, points in scores.items() if points >= 50]


def grades(scores):
    """Return a dictionary from every name to "pass" or "fail"."""
    # `a if test else b` in front chooses a value for every pupil.
    return {name: "pass" if points >= 50 else "fail" for name, points in scores.items()}


def initials(scores):
    """Return the set of the first letters of the names, in capitals."""
    # Curly braces without a colon make a set, so each letter appears once.
    return {name[0].upper() for name in scores}
