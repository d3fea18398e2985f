# Import the math module here.


def ladder_length(height, gap):
    """Return the ladder length that reaches height metres up a wall, its foot gap metres
    from the wall, rounded to 2 decimals."""
    # Replace `pass` with your code.
    pass


def tins_needed(area, coverage):
    """Return how many whole tins cover area square metres, one tin covering coverage m²."""
    # Replace `pass` with your code.
    pass
