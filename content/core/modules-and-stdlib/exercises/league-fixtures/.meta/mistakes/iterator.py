from itertools import accumulate, combinations, product


def fixtures(teams):
    return combinations(teams, 2)


def running_totals(points):
    return accumulate(points)


def kits(shirts, shorts):
    return product(shirts, shorts)
