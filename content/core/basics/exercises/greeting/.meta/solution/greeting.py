def greet(name):
    """Return a greeting such as 'Hello, Ada!'."""
    return f"Hello, {name}!"
