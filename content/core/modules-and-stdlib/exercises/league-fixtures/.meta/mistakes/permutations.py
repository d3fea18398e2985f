from itertools import accumulate, permutations, product


def fixtures(teams):
    return list(permutations(teams, 2))


def running_totals(points):
    return list(accumulate(points))


def kits(shirts, shorts):
    return list(product(shirts, shorts))
