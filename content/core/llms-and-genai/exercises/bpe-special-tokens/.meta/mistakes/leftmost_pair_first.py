"""Encode text to token ids with learnt BPE merges, decode ids back, and keep special tokens whole."""

import re

Merges = dict[tuple[int, int], int]


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


def vocabulary(merges: Merges) -> dict[int, bytes]:
    """The bytes of every token: 0-255 are single bytes, each merge joins the bytes of its pair."""
    vocab = {byte: bytes([byte]) for byte in range(256)}
    for (first, second), new_id in merges.items():
        vocab[new_id] = vocab[first] + vocab[second]
    return vocab


def encode_ordinary(text: str, merges: Merges) -> list[int]:
    """The token ids of text without special tokens: its bytes, merged in the order learnt."""
    ids = list(text.encode("utf-8"))
    while len(ids) >= 2:
        learnt = [pair for pair in zip(ids, ids[1:]) if pair in merges]
        if not learnt:
            break
        pair = learnt[0]
        ids = merge(ids, pair, merges[pair])
    return ids


def encode(text: str, merges: Merges, special: dict[str, int] | None = None) -> list[int]:
    """The token ids of text; each special token in it becomes its own id, never merged."""
    if not special:
        return encode_ordinary(text, merges)
    pattern = "(" + "|".join(re.escape(token) for token in special) + ")"
    ids: list[int] = []
    for part in re.split(pattern, text):
        if part in special:
            ids.append(special[part])
        else:
            ids.extend(encode_ordinary(part, merges))
    return ids


def decode(ids: list[int], merges: Merges, special: dict[str, int] | None = None) -> str:
    """The text of ids; bytes that are not valid UTF-8 become the replacement character."""
    vocab = vocabulary(merges)
    for token, token_id in (special or {}).items():
        vocab[token_id] = token.encode("utf-8")
    unknown = [token_id for token_id in ids if token_id not in vocab]
    if unknown:
        raise ValueError(f"unknown token id {unknown[0]}")
    return b"".join(vocab[token_id] for token_id in ids).decode("utf-8", errors="replace")
