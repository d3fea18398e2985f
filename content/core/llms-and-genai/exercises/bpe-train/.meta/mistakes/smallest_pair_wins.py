def pair_counts(ids):
    counts = {}
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids, pair, new_id):
    merged, index = [], 0
    while index < len(ids):
        if index + 1 < len(ids) and (ids[index], ids[index + 1]) == pair:
            merged.append(new_id)
            index += 2
        else:
            merged.append(ids[index])
            index += 1
    return merged


def train(text, vocab_size):
    if vocab_size < 256:
        raise ValueError("vocab_size must be at least 256: one token for every byte")
    ids = list(text.encode("utf-8"))
    merges = {}
    for new_id in range(256, vocab_size):
        counts = pair_counts(ids)
        if not counts:
            break
        count, pair = max((count, pair) for pair, count in counts.items())
        if count < 2:
            break
        ids = merge(ids, pair, new_id)
        merges[pair] = new_id
    return merges
