def summarize(scores):
    if not scores:
        return None
    return min(scores), max(scores), sum(scores) // len(scores)
