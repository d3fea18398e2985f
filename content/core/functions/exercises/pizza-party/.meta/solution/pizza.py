def slices_needed(people):
    """Return how many slices the guests eat: 3 slices each."""
    return people * 3


def pizzas_needed(people):
    """Return how many whole pizzas of 8 slices to buy, rounded up."""
    # Ask the other function for the number of slices, and keep its answer.
    slices = slices_needed(people)
    # Adding 7 before the whole-number division rounds up: 9 slices -> 16 // 8 = 2.
    return (slices + 7) // 8
