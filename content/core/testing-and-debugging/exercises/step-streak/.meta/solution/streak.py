def longest_streak(steps, goal):
    """Return the most days in a row on which the step count reached goal."""
    best = 0
    current = 0
    for count in steps:
        if count >= goal:  # reaching the goal exactly counts
            current += 1
            best = max(best, current)  # also a streak that lasts to the last day
        else:
            current = 0
    return best
