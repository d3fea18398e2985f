"""Byte-pair encoding: learn merges from a text, the way GPT tokenizers are trained."""


def pair_counts(ids: list[int]) -> dict[tuple[int, int], int]:
    """How often each pair of neighbours occurs, in the order the pairs first appear."""
    raise NotImplementedError("pair_counts is not written yet")


def merge(ids: list[int], pair: tuple[int, int], new_id: int) -> list[int]:
    """A new list where every occurrence of pair, from left to right, becomes new_id."""
    raise NotImplementedError("merge is not written yet")


def train(text: str, vocab_size: int) -> dict[tuple[int, int], int]:
    """Learn up to vocab_size - 256 merges from text; each maps a pair to its new token id."""
    raise NotImplementedError("train is not written yet")

