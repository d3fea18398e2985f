"""Retrieval for RAG, part 2: find chunks by embeddings, answer from them with citations."""

import re
from collections.abc import Callable
from typing import Any

import numpy as np

Message = dict[str, str]
Model = Callable[[list[Message]], str]

GROUNDING_RULES = (
    "Answer the question from the numbered sources only. After each claim, cite its source "
    "as [1], [2], ... If the sources do not hold the answer, say so."
)
NO_ANSWER = "I could not find this in the documents."


def retrieve(query: np.ndarray, vectors: np.ndarray, limit: int = 3, min_score: float = 0.5) -> list[tuple[int, float]]:
    """(row, cosine) of the rows most like the query, best first, only from min_score."""
    raise NotImplementedError("write retrieve")


def build_prompt(question: str, sources: list[str]) -> list[Message]:
    """The rules, then the numbered sources and the question."""
    raise NotImplementedError("write build_prompt")


def cited_numbers(reply: str) -> list[int]:
    """The numbers cited as [n], each once, in the order they first appear."""
    raise NotImplementedError("write cited_numbers")


def answer(model: Model, question: str, query: np.ndarray, chunks: list[dict[str, str]], vectors: np.ndarray) -> dict[str, Any]:
    """A grounded answer with the ids of the chunks it cites, or NO_ANSWER with none."""
    raise NotImplementedError("write answer")
