def greet(name):
    """Return a greeting such as 'Hello, Ada!'."""
    # Replace `pass` with your code.
    pass
