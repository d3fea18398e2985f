def describe(value):
    return f"{value} has type {type(value).__name__}"
