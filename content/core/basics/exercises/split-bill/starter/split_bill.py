def each_pays(total_cents, people):
    """Return how many whole cents each of the people pays."""
    # Replace `pass` with your code.
    pass


def left_over(total_cents, people):
    """Return how many cents are left over after everyone paid the same."""
    # Replace `pass` with your code.
    pass
