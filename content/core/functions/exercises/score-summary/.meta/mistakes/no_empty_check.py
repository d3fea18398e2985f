def summarize(scores):
    lowest = min(scores)
    highest = max(scores)
    average = round(sum(scores) / len(scores), 1)
    return lowest, highest, average
