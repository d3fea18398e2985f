def describe(value):
    return f"{repr(value)} has type {type(value)}"
