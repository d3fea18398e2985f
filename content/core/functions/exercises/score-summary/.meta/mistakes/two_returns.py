def summarize(scores):
    if not scores:
        return None
    return min(scores)
    return max(scores)
    return round(sum(scores) / len(scores), 1)
