def describe(value):
    return value + " has type " + type(value).__name__
