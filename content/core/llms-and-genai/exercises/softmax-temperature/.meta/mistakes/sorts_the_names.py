import math


def softmax(logits, temperature=1.0):
    if temperature <= 0:
        raise ValueError("temperature must be greater than 0")
    scaled = [logit / temperature for logit in logits]
    highest = max(scaled)
    weights = [math.exp(value - highest) for value in scaled]
    total = sum(weights)
    return [weight / total for weight in weights]


def greedy(logits):
    return logits.index(max(logits))


def top_tokens(logits, vocab, n, temperature=1.0):
    pairs = [(round(p, 3), token) for token, p in zip(vocab, softmax(logits, temperature))]
    pairs.sort(reverse=True)
    return [(token, p) for p, token in pairs[:n]]
