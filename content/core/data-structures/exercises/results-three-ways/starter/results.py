def passed(scores):
    """Return a list of the names with 50 points or more, in the order of scores."""
    # Replace `pass` with your code.
    pass


def grades(scores):
    """Return a dictionary from every name to "pass" or "fail"."""
    pass


def initials(scores):
    """Return the set of the first letters of the names, in capitals."""
    pass
