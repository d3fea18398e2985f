Table = dict[str, list[float]]


def cosine_similarity(a, b):
    if len(a) != len(b):
        raise ValueError(f"vectors of different lengths: {len(a)} and {len(b)}")
    return sum(x * y for x, y in zip(a, b))


def nearest(word, table, k=3):
    scored = sorted((-cosine_similarity(table[word], v), w) for w, v in table.items() if w != word)
    return [w for _, w in scored[:k]]


def analogy(a, b, c, table):
    target = [y - x + z for x, y, z in zip(table[a], table[b], table[c])]
    return nearest_to(target, table, {a, b, c})


def nearest_to(target, table, skip):
    scored = sorted((-cosine_similarity(target, v), w) for w, v in table.items() if w not in skip)
    return scored[0][1]
