import math

Table = dict[str, list[float]]


def cosine_similarity(a, b):
    if len(a) != len(b):
        raise ValueError(f"vectors of different lengths: {len(a)} and {len(b)}")
    length_a = math.sqrt(sum(x * x for x in a))
    length_b = math.sqrt(sum(y * y for y in b))
    if length_a == 0 or length_b == 0:
        raise ValueError("a zero vector has no direction")
    return sum(x * y for x, y in zip(a, b)) / (length_a * length_b)


def nearest(word, table, k=3):
    others = [other for other in table if other != word]
    others.sort(key=lambda other: cosine_similarity(table[word], table[other]), reverse=True)
    return others[:k]


def analogy(a, b, c, table):
    target = [y - x + z for x, y, z in zip(table[a], table[b], table[c])]
    words = [w for w in table if w not in (a, b, c)]
    return max(words, key=lambda w: cosine_similarity(target, table[w]))
