def slices_needed(people):
    """Return how many slices the guests eat: 3 slices each."""
    # Replace `pass` with your code.
    pass


def pizzas_needed(people):
    """Return how many whole pizzas of 8 slices to buy, rounded up."""
    # Call slices_needed here, then replace `pass` with your code.
    pass
