def each_pays(total_cents, people):
    """Return how many whole cents each of the people pays."""
    # // divides and drops the remainder, so the answer is a whole number.
    return total_cents // people


def left_over(total_cents, people):
    """Return how many cents are left over after everyone paid the same."""
    # % gives the remainder of the division.
    return total_cents % people
