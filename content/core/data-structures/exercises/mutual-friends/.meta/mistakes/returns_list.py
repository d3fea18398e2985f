def in_common(mine, yours):
    return [name for name in mine if name in yours]


def suggest(mine, yours):
    return [name for name in yours if name not in mine]


def everyone(mine, yours):
    return mine + yours
