"""Encode text to token ids with learnt BPE merges, decode ids back, and keep special tokens whole."""

import re

Merges = dict[tuple[int, int], int]


def merge(ids: list[int], pair: tuple[int, int], new_id: int) -> list[int]:
    """A new list where every occurrence of pair, from left to right, becomes new_id.

    (Given: this is merge from the exercise "Train a byte-pair encoder from scratch".)
    """
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
    raise NotImplementedError("vocabulary is not written yet")


def encode(text: str, merges: Merges, special: dict[str, int] | None = None) -> list[int]:
    """The token ids of text; each special token in it becomes its own id, never merged."""
    raise NotImplementedError("encode is not written yet")


def decode(ids: list[int], merges: Merges, special: dict[str, int] | None = None) -> str:
    """The text of ids; bytes that are not valid UTF-8 become the replacement character."""
    raise NotImplementedError("decode is not written yet")
