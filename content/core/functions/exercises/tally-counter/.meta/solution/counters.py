def make_counter(start=0, step=1):
    """Return a function that adds step to a running total and returns the new total."""
    total = start

    def count():
        # We assign to total below, so say that it is the total of make_counter.
        nonlocal total
        total = total + step
        return total

    return count


def make_scoreboard():
    """Return two functions: add_point(name) and score_of(name), sharing their own scores."""
    # Each call of make_scoreboard makes a new dictionary, shared by the two functions.
    scores = {}

    def add_point(name):
        # Changing the dictionary is not an assignment to the name scores: no nonlocal.
        scores[name] = scores.get(name, 0) + 1
        return scores[name]

    def score_of(name):
        return scores.get(name, 0)

    return add_point, score_of
