"""Byte-pair encoding: learn merges from a text, the way GPT tokenizers are trained."""


def pair_counts(ids: list[int]) -> dict[tuple[int, int], int]:
    """How often each pair of neighbours occurs, in the order the pairs first appear."""
    counts: dict[tuple[int, int], int] = {}
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids: list[int], pair: tuple[int, int], new_id: int) -> list[int]:
    """A new list where every occurrence of pair, from left to right, becomes new_id."""
    merged: list[int] = []
    index = 0
    while index < len(ids):
        if index + 1 < len(ids) and (ids[index], ids[index + 1]) == pair:
            merged.append(new_id)
            index += 2
        else:
            merged.append(ids[index])
            index += 1
    return merged


def train(text: str, vocab_size: int) -> dict[tuple[int, int], int]:
    """Learn up to vocab_size - 256 merges from text; each maps a pair to its new token id."""
    if vocab_size < 256:
        raise ValueError("vocab_size must be at least 256: one token for every byte")
    ids = [ord(c) for c in text]
    merges: dict[tuple[int, int], int] = {}
    for new_id in range(256, vocab_size):
        counts = pair_counts(ids)
        pair = max(counts, key=counts.__getitem__, default=None)  # a tie: the first seen wins
        if pair is None or counts[pair] < 2:
            break  # merging a pair that occurs once saves nothing
        ids = merge(ids, pair, new_id)
        merges[pair] = new_id
    return merges
