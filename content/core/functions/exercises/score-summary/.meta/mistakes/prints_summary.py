def summarize(scores):
    if not scores:
        return None
    print(min(scores), max(scores), round(sum(scores) / len(scores), 1))
