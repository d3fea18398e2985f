def make_counter(start=0, step=1):
    """Return a function that adds step to a running total and returns the new total."""
    total = start

    def count():
        # This line crashes when count() is called. Why? Fix it.
        total = total + step
        return total

    return count


def make_scoreboard():
    """Return two functions: add_point(name) and score_of(name), sharing their own scores."""
    # Replace `pass` with your code.
    pass
