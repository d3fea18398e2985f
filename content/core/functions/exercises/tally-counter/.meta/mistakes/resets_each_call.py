def make_counter(start=0, step=1):
    def count():
        total = start
        total = total + step
        return total

    return count


def make_scoreboard():
    scores = {}

    def add_point(name):
        scores[name] = scores.get(name, 0) + 1
        return scores[name]

    def score_of(name):
        return scores.get(name, 0)

    return add_point, score_of
