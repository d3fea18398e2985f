def describe(value):
    """Return a sentence such as '42 has type int' for any value."""
    # repr() keeps the quotes around text; __name__ is the type's name as a string.
    return f"{repr(value)} has type {type(value).__name__}"
