import math


def softmax(logits, temperature=1.0):
    if temperature <= 0:
        raise ValueError("temperature must be greater than 0")
    scaled = [logit * temperature for logit in logits]
    highest = max(scaled)
    weights = [math.exp(value - highest) for value in scaled]
    total = sum(weights)
    return [weight / total for weight in weights]


def greedy(logits):
    return logits.index(max(logits))


def top_tokens(logits, vocab, n, temperature=1.0):
    probabilities = softmax(logits, temperature)
    order = sorted(range(len(logits)), key=lambda index: -probabilities[index])
    return [(vocab[index], round(probabilities[index], 3)) for index in order[:n]]
