from itertools import combinations, product


def fixtures(teams):
    return list(combinations(teams, 2))


def running_totals(points):
    return sum(points)


def kits(shirts, shorts):
    return list(product(shirts, shorts))
