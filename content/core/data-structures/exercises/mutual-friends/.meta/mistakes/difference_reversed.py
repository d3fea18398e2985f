def in_common(mine, yours):
    return set(mine) & set(yours)


def suggest(mine, yours):
    return set(mine) - set(yours)


def everyone(mine, yours):
    return set(mine) | set(yours)
