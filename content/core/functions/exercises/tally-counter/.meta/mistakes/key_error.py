def make_counter(start=0, step=1):
    total = start

    def count():
        nonlocal total
        total = total + step
        return total

    return count


def make_scoreboard():
    scores = {}

    def add_point(name):
        if name in scores:
            scores[name] += 1
        else:
            scores[name] = 1
        return scores[name]

    def score_of(name):
        return scores[name]

    return add_point, score_of
