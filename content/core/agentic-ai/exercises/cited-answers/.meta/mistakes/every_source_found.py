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
    norms = np.linalg.norm(vectors, axis=1) * np.linalg.norm(query)
    scores = np.divide(vectors @ query, norms, out=np.zeros(len(vectors)), where=norms > 0)
    ranked = sorted(enumerate(scores.tolist()), key=lambda pair: pair[1], reverse=True)
    return [pair for pair in ranked[:limit] if pair[1] >= min_score]


def build_prompt(question: str, sources: list[str]) -> list[Message]:
    """The rules, then the numbered sources and the question."""
    numbered = "\n".join(f"[{number}] {text}" for number, text in enumerate(sources, start=1))
    return [
        {"role": "system", "content": GROUNDING_RULES},
        {"role": "user", "content": f"Sources:\n{numbered}\n\nQuestion: {question}"},
    ]


def cited_numbers(reply: str) -> list[int]:
    """The numbers cited as [n], each once, in the order they first appear."""
    return list(dict.fromkeys(int(number) for number in re.findall(r"\[(\d+)\]", reply)))


def answer(model: Model, question: str, query: np.ndarray, chunks: list[dict[str, str]], vectors: np.ndarray) -> dict[str, Any]:
    """A grounded answer with the ids of the chunks it cites, or NO_ANSWER with none."""
    hits = retrieve(query, vectors)
    if not hits:
        return {"answer": NO_ANSWER, "sources": []}
    found = [chunks[row] for row, _ in hits]
    reply = model(build_prompt(question, [chunk["text"] for chunk in found]))
    cited = cited_numbers(reply)
    if not cited or not all(1 <= number <= len(found) for number in cited):
        return {"answer": NO_ANSWER, "sources": []}
    return {"answer": reply, "sources": [chunk["id"] for chunk in found]}
