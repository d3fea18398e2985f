def in_common(mine, yours):
    return mine & yours


def suggest(mine, yours):
    return yours - mine


def everyone(mine, yours):
    return mine | yours
