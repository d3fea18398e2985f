def summarize(scores):
    if not scores:
        return None
    lowest = scores[0]
    highest = 0
    for score in scores:
        if score < lowest:
            lowest = score
        if score > highest:
            highest = score
    average = round(sum(scores) / len(scores), 1)
    return lowest, highest, average
