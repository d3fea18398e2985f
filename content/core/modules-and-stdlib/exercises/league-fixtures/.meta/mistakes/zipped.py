from itertools import accumulate, combinations


def fixtures(teams):
    return list(combinations(teams, 2))


def running_totals(points):
    return list(accumulate(points))


def kits(shirts, shorts):
    return list(zip(shirts, shorts))
