def countdown(start):
    """Print the numbers from start down to 1, one per line, then Liftoff!"""
    # Replace `pass` with your code.
    pass
