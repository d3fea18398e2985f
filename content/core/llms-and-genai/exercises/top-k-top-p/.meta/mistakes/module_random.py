import random


def ranked(probs):
    return sorted(range(len(probs)), key=lambda index: -probs[index])


def top_k(probs, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    return ranked(probs)[:k]


def top_p(probs, p):
    if not 0 < p <= 1:
        raise ValueError("p must be greater than 0 and at most 1")
    kept, total = [], 0.0
    for index in ranked(probs):
        kept.append(index)
        total += probs[index]
        if total >= p:
            break
    return kept


def sample(probs, candidates, rng):
    return random.choices(candidates, weights=[probs[i] for i in candidates])[0]
